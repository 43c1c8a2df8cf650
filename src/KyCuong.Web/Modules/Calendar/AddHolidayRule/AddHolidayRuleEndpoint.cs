using KyCuong.Web.Modules.Calendar.ListHolidayRules;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Calendar.AddHolidayRule;

internal static class AddHolidayRuleEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/rules", async Task<Created<HolidayRuleResponse>> (AddHolidayRuleRequest request, AddHolidayRuleHandler handler, CancellationToken ct) =>
        {
            var rule = await handler.HandleAsync(request, ct);
            return TypedResults.Created("/api/v1/calendar/rules", rule);
        })
        .WithName("AddHolidayRule")
        .WithSummary("Thêm ngày lễ cố định (quản trị) / Add a standing holiday as data (administrator; audited, new calendar version)");
}
