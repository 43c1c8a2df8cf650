using KyCuong.Web.Modules.Calendar.GetYearDecision;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Calendar.SetYearDecision;

internal static class SetYearDecisionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPut("/years/{year:int}/decision", async Task<Ok<YearDecisionResponse>> (int year, SetYearDecisionRequest request, SetYearDecisionHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(year, request, ct)))
        .WithName("SetYearDecision")
        .WithSummary("Nhập hoặc sửa quyết định nghỉ lễ, Tết của một năm (quản trị) / Enter or correct a year's decision (administrator; audited, new calendar version)");
}
