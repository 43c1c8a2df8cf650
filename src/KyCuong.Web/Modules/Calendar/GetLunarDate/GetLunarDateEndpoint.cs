using KyCuong.Calendar;
using KyCuong.Web.Modules.Calendar.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Calendar.GetLunarDate;

internal static class GetLunarDateEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/lunar", Ok<LunarDateResponse> (string? date) =>
        {
            var v = new Validator();
            var solar = CalendarInput.Date(v, date, "date", VietnameseLunarCalendar.MinSupportedDate, VietnameseLunarCalendar.MaxSupportedDate);
            v.ThrowIfInvalid();

            // Vietnam's own lunar calendar, computed for UTC+7 (docs/domain.md §7: it differs from the Chinese one in some years).
            var lunar = VietnameseLunarCalendar.FromSolar(solar!.Value);
            return TypedResults.Ok(new LunarDateResponse(lunar.Year, lunar.Month, lunar.Day, lunar.IsLeapMonth));
        })
        .WithName("GetLunarDate")
        .WithSummary("Ngày âm lịch Việt Nam / The Vietnamese lunar date of a solar date (UTC+7)");
}
