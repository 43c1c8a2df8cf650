using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Calendar.GetYearDecision;

internal static class GetYearDecisionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/years/{year:int}/decision", async Task<Ok<YearDecisionResponse>> (int year, GetYearDecisionHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(year, ct)))
        .WithName("GetYearDecision")
        .WithSummary("Quyết định nghỉ lễ, Tết của một năm / A year's official decision on days off (404 when none was entered)");
}
