using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Calendar.ListCalendarHistory;

/// <summary>The latest audited changes to the working calendar (year decisions, holiday rules), newest first.</summary>
internal sealed class ListCalendarHistoryHandler(AppDbContext db)
{
    private static readonly string[] CalendarEntities = ["calendar", "calendarYear", "calendarRule"];

    public async Task<IReadOnlyList<AuditEntry>> HandleAsync(int take, CancellationToken ct) =>
        await db.AuditEntries.AsNoTracking().Where(a => CalendarEntities.Contains(a.EntityType))
            .OrderByDescending(a => a.AtUtc).Take(take).ToListAsync(ct);
}
