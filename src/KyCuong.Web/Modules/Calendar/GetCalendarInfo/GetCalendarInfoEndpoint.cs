using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Calendar.GetCalendarInfo;

internal static class GetCalendarInfoEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", async Task<Ok<CalendarInfoResponse>> (ICalendarService calendar, AppDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var snapshot = await calendar.GetAsync(ct);
            var years = await db.CalendarYearDecisions.AsNoTracking().OrderBy(d => d.Year).Select(d => d.Year).ToListAsync(ct);
            return TypedResults.Ok(new CalendarInfoResponse(snapshot.Version, snapshot.Calendar.FirstDate, snapshot.Calendar.LastDate, clock.Today(), years));
        })
        .WithName("GetCalendarInfo")
        .WithSummary("Phiên bản lịch, phạm vi, các năm đã có quyết định / Calendar version, range and the years with a decision");
}
