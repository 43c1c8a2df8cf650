using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Calendar.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Calendar.AddWorkingDays;

internal static class AddWorkingDaysEndpoint
{
    /// <summary>No statutory period in working days comes near ten years; a larger value is a mistake, not a question.</summary>
    public const int MaxDays = 3650;

    public static void Map(RouteGroupBuilder group) => group.MapGet("/add-working-days", async Task<Ok<DateResponse>> (string? from, string? days, ICalendarService calendar, CancellationToken ct) =>
        {
            var snapshot = await calendar.GetAsync(ct);
            var v = new Validator();
            var start = CalendarInput.Date(v, from, "from", snapshot.Calendar.FirstDate, snapshot.Calendar.LastDate);
            var count = CalendarInput.WholeNumber(v, days, "days", 0, MaxDays);
            v.ThrowIfInvalid();
            try
            {
                // Civil Code 2015 art. 147.2: counting starts the day after the trigger (docs/api.md: 2026-01-29 + 2 → 2026-02-02).
                return TypedResults.Ok(new DateResponse(snapshot.DueAfterWorkingDays(start!.Value, count!.Value)));
            }
            catch (ArgumentOutOfRangeException)
            {
                throw RequestValidationException.For("days", "Kết quả vượt quá phạm vi lịch (năm 2100). / The result is past the calendar's last date.");
            }
        })
        .WithName("AddWorkingDays")
        .WithSummary("Cộng ngày làm việc / The date N working days after a trigger (the trigger day is not counted)");
}
