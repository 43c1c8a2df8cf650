using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Calendar.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Calendar.CountWorkingDays;

internal static class CountWorkingDaysEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/count-working-days", async Task<Ok<CountWorkingDaysResponse>> (string? from, string? to, ICalendarService calendar, CancellationToken ct) =>
        {
            var snapshot = await calendar.GetAsync(ct);
            var v = new Validator();
            var first = CalendarInput.Date(v, from, "from", snapshot.Calendar.FirstDate, snapshot.Calendar.LastDate);
            var last = CalendarInput.Date(v, to, "to", snapshot.Calendar.FirstDate, snapshot.Calendar.LastDate);
            if (first is { } f && last is { } l)
            {
                v.Check(f <= l, "to", "Ngày kết thúc (to) phải không trước ngày bắt đầu (from). / to must not be before from.");
            }

            v.ThrowIfInvalid();

            // Civil Code 2015 art. 147.2: the first day (the trigger) is not counted.
            return TypedResults.Ok(new CountWorkingDaysResponse(first!.Value, last!.Value, snapshot.CountWorkingDays(first.Value, last.Value)));
        })
        .WithName("CountWorkingDays")
        .WithSummary("Đếm ngày làm việc / Working days after 'from' up to and including 'to'");
}
