using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Reports;

/// <summary>
/// Opens a period (docs/domain.md "Reports"): once its first day has come every reporting unit has a report, a draft pre-filled from
/// live data. The first reader (or the late-report job) opens it; a concurrent second one finds the reports the first created (one report
/// per unit and period, a unique index).
/// </summary>
internal sealed class ReportOpener(AppDbContext db, ReportPrefill prefill, AuditLog audit, TimeProvider clock)
{
    public async Task OpenAsync(ReportRegime regime, IReadOnlyCollection<Guid> reportingUnits, ReportPeriod period, DateOnly due, CancellationToken ct)
    {
        var existing = await db.Reports.Where(r => r.RegimeId == regime.Id && r.Period == period.Key).Select(r => r.UnitId).ToListAsync(ct);
        var missing = reportingUnits.Except(existing).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        // Every missing unit's report pre-filled at once (a fixed number of queries however many units report), then saved once.
        var now = clock.GetUtcNow().UtcDateTime;
        var reports = missing.Select(unit => new Report(Guid.NewGuid(), regime.Id, unit, period, due, now)).ToList();
        await prefill.BuildAllAsync(reports, regime.Sections, ct);
        foreach (var report in reports)
        {
            db.Reports.Add(report);
            audit.Record(ReportAudit.ReportEntity, report.Id, ReportAudit.Opened, new { regimeId = regime.Id, unitId = report.UnitId, period = period.Key, dueDate = due });
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another reader opened the period at the same moment: its reports stand, ours are dropped.
            db.ChangeTracker.Clear();
        }
    }
}
