using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Calendar.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Calendar.CivilPeriod;

internal static class CivilPeriodEndpoint
{
    public const int MaxDays = 36600;

    public static void Map(RouteGroupBuilder group) => group.MapGet("/civil-period", async Task<Ok<CivilPeriodResponse>> (string? from, string? days, ICalendarService calendar, CancellationToken ct) =>
        {
            var snapshot = await calendar.GetAsync(ct);
            var v = new Validator();
            var start = CalendarInput.Date(v, from, "from", snapshot.Calendar.FirstDate, snapshot.Calendar.LastDate);
            var count = CalendarInput.WholeNumber(v, days, "days", 0, MaxDays);
            v.ThrowIfInvalid();
            try
            {
                // Civil Code 2015 art. 147.2: the first day is not counted; art. 148.1: the period ends at the end of its
                // last day; art. 148.5: a last day that is a weekend or holiday moves to the next working day.
                return TypedResults.Ok(new CivilPeriodResponse(start!.Value, count!.Value, snapshot.AddCalendarDays(start.Value, count.Value)));
            }
            catch (ArgumentOutOfRangeException)
            {
                throw RequestValidationException.For("days", "Kết quả vượt quá phạm vi lịch (năm 2100). / The result is past the calendar's last date.");
            }
        })
        .WithName("CivilPeriod")
        .WithSummary("Thời hạn tính theo ngày (Bộ luật Dân sự 2015 điều 147–148) / A period in days under the Civil Code");
}
