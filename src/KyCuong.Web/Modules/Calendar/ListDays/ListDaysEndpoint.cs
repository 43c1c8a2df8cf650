using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Calendar.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Calendar.ListDays;

internal static class ListDaysEndpoint
{
    /// <summary>At most a (leap) year per call: enough for any calendar view, small enough for any client.</summary>
    public const int MaxDays = 366;

    public static void Map(RouteGroupBuilder group) => group.MapGet("/days", async Task<Ok<List<DayResponse>>> (string? from, string? to, ICalendarService calendar, CancellationToken ct) =>
        {
            var snapshot = await calendar.GetAsync(ct);
            var v = new Validator();
            var first = CalendarInput.Date(v, from, "from", snapshot.Calendar.FirstDate, snapshot.Calendar.LastDate);
            var last = CalendarInput.Date(v, to, "to", snapshot.Calendar.FirstDate, snapshot.Calendar.LastDate);
            if (first is { } f && last is { } l)
            {
                v.Check(f <= l, "to", "Ngày kết thúc (to) phải không trước ngày bắt đầu (from). / to must not be before from.");
                v.Check(l.DayNumber - f.DayNumber < MaxDays, "to", $"Mỗi lần hỏi tối đa {MaxDays} ngày. / At most {MaxDays} days per request.");
            }

            v.ThrowIfInvalid();
            return TypedResults.Ok(snapshot.Calendar.Range(first!.Value, last!.Value).Select(d => new DayResponse(d.Date, d.IsWorkingDay, d.Reason)).ToList());
        })
        .WithName("ListCalendarDays")
        .WithSummary("Ngày làm việc, ngày nghỉ và lý do / Each day of a range: working or not, and why");
}
