using KyCuong.Calendar;
using KyCuong.Web.Modules.Calendar.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Calendar.Seeding;

/// <summary>
/// On first start: the calendar version row and the published yearly decisions shipped with the library
/// (<see cref="BuiltInDecisions.All"/>). Official data, so seeded whether or not the demo world is.
/// </summary>
internal sealed class CalendarSeeder(AppDbContext db, AuditLog audit, TimeProvider clock, ILogger<CalendarSeeder> logger) : IStartupSeeder
{
    public int Order => 10;

    public async Task SeedAsync(CancellationToken ct)
    {
        if (await db.CalendarStates.AnyAsync(ct))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        const int version = 1;
        db.CalendarStates.Add(new CalendarState(version, now));
        var existing = await db.CalendarYearDecisions.Select(d => d.Year).ToListAsync(ct);
        var seeded = new List<int>();
        foreach (var decision in BuiltInDecisions.All.Where(d => !existing.Contains(d.Year)))
        {
            db.CalendarYearDecisions.Add(new YearDecisionRecord(Guid.CreateVersion7(), decision, version, now, "system"));
            seeded.Add(decision.Year);
        }

        audit.Record(CalendarAudit.CalendarEntity, CalendarAudit.CalendarId, CalendarAudit.Seeded, new { calendarVersion = version, years = seeded },
            "Lịch nghỉ lễ, Tết đã công bố (Bộ luật Lao động 2019 điều 112; thông báo hằng năm của Bộ Nội vụ).");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two nodes starting together: the other one inserted the version row first; its data is the same.
            db.ChangeTracker.Clear();
            if (!await db.CalendarStates.AnyAsync(ct))
            {
                throw;
            }

            logger.LogInformation("Calendar already seeded by another node.");
        }
    }
}
