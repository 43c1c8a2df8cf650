using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Calendar.ListHolidayRules;

internal static class ListHolidayRulesEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/rules", async Task<Ok<IReadOnlyList<HolidayRuleResponse>>> (ListHolidayRulesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(ct)))
        .WithName("ListHolidayRules")
        .WithSummary("Các ngày lễ cố định theo luật và ngày lễ bổ sung / Statutory and added standing holidays");
}
