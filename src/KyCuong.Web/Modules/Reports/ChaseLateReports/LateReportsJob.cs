using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Chasing.Contracts;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Reports.ChaseLateReports;

/// <summary>
/// Late reports go through the same reminder ladder as tasks (docs/domain.md "Reports", late reports chased; §10 the ladder). Each run:
/// (1) opens the recent periods whose deadline has passed, so a unit that never opened its report is still late; (2) for every report
/// not submitted after its deadline, asks the Chasing module's ladder — the one in force at the body that set the regime, as a task is
/// chased by the rhythm of the body that gave it — whether an overdue step is due now, and sends it: to the reporting unit's leaders,
/// from the ladder's head step also to the head of the body that set the regime, from its monitor step to the monitoring office. Each
/// step once (a reminder row per report, step and recipient, unique); a row that fails is reported and skipped, the others go on.
/// </summary>
internal sealed class LateReportsJob(
    AppDbContext db, ReportOpener opener, ReportingUnits reportingUnits, IReminderLadders ladders, IPeopleDirectory people, IUnitDirectory units,
    ICalendarService calendar, INotifier notifier, AuditLog audit, TimeProvider clock, JobRunReport report, ILogger<LateReportsJob> logger) : IBackgroundJob
{
    public const string JobName = "reports.late";

    /// <summary>Periods looked back at when opening: a deadline is at most 60 working days after the cut-off, under four months.</summary>
    private const int PeriodsBack = 6;

    public string Name => JobName;

    public int Order => 120;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var cal = await calendar.GetAsync(ct);
        await OpenPastDueAsync(cal, today, ct);
        return await ChaseAsync(cal, today, ct);
    }

    /// <summary>
    /// The periods of a regime whose deadline has passed and whose deadline was still ahead when the regime was set (nobody is chased for
    /// a report due before the duty existed), the latest <see cref="PeriodsBack"/> of them.
    /// </summary>
    internal static IEnumerable<(ReportPeriod Period, DateOnly Due)> PastDue(ReportRegime regime, CalendarSnapshot cal, DateOnly today)
    {
        var createdOn = DateOnly.FromDateTime(VietnamTime.ToVietnam(regime.CreatedAtUtc).DateTime);
        var period = ReportPeriod.Containing(regime.Periodicity, today);
        for (var i = 0; i < PeriodsBack; i++, period = ReportPeriod.Containing(regime.Periodicity, period.From.AddDays(-1)))
        {
            var due = period.DueDate(cal.Calendar, regime.DueWorkingDays);
            if (due < createdOn)
            {
                yield break;
            }

            if (due < today)
            {
                yield return (period, due);
            }
        }
    }

    private async Task OpenPastDueAsync(CalendarSnapshot cal, DateOnly today, CancellationToken ct)
    {
        // One-off regimes have no calendar of periods: their reports exist once someone asked for the period.
        var regimes = await db.ReportRegimes.AsNoTracking().Where(r => r.Periodicity != Periodicity.Once)
            .Include(r => r.Units).Include(r => r.Sections).Include(r => r.UnitKinds).AsSplitQuery().ToListAsync(ct);
        foreach (var regime in regimes)
        {
            try
            {
                foreach (var (period, due) in PastDue(regime, cal, today))
                {
                    await opener.OpenAsync(regime, await reportingUnits.OfAsync(regime, ct), period, due, ct);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                db.ChangeTracker.Clear();
                report.Fail($"Chế độ báo cáo / report regime {regime.Id}", ex);
                logger.LogWarning(ex, "Periods of report regime {RegimeId} not opened", regime.Id);
            }
        }
    }

    private async Task<int> ChaseAsync(CalendarSnapshot cal, DateOnly today, CancellationToken ct)
    {
        var late = await (
                from r in db.Reports.AsNoTracking()
                where r.SubmittedAtUtc == null && r.DueDate < today
                join g in db.ReportRegimes.AsNoTracking() on r.RegimeId equals g.Id
                select new LateRow(r.Id, r.RegimeId, r.UnitId, r.Period, r.DueDate, g.OwnerUnitId, g.Name,
                    db.ReportReminders.Where(x => x.ReportId == r.Id).Max(x => (int?)x.Step)))
            .ToListAsync(ct);
        var sent = 0;
        foreach (var row in late)
        {
            try
            {
                if (await ChaseOneAsync(row, cal, today, ct))
                {
                    sent++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Only this report's rows are dropped; the other late reports are still chased.
                db.ChangeTracker.Clear();
                report.Fail($"Báo cáo / report {row.ReportId} (kỳ / period {row.Period}, hạn / due {row.DueDate:yyyy-MM-dd})", ex);
                logger.LogWarning(ex, "Late report {ReportId} not chased", row.ReportId);
            }
        }

        return sent;
    }

    private async Task<bool> ChaseOneAsync(LateRow row, CalendarSnapshot cal, DateOnly today, CancellationToken ct)
    {
        if (await ladders.OverdueStepDueAsync(row.OwnerUnitId, row.DueDate, row.LastStep, ct) is not { } step)
        {
            return false;
        }

        var recipients = new List<(Guid User, string Kind)>();
        var leaders = (await people.PeopleInAsync([row.UnitId], today, ct))
            .Where(p => p.UnitId == row.UnitId && (p.Roles.HasFlag(OrgRole.Leader) || p.Roles.HasFlag(OrgRole.DeputyLeader)))
            .Select(p => p.UserId).Distinct().ToList();
        if (leaders.Count == 0 && (await people.HeadOfAsync(row.UnitId, today, ct))?.UserId is { } head)
        {
            leaders.Add(head);
        }

        recipients.AddRange(leaders.Select(l => (l, ReportReminderKinds.Overdue)));
        if (step.EscalateToHead && (await people.HeadOfAsync(row.OwnerUnitId, today, ct))?.UserId is { } ownerHead)
        {
            recipients.Add((ownerHead, ReportReminderKinds.Escalation));
        }

        if (step.EscalateToMonitors)
        {
            recipients.AddRange((await ladders.MonitorsAsync(row.OwnerUnitId, ct)).Select(m => (m, ReportReminderKinds.Escalation)));
        }

        recipients = [.. recipients.DistinctBy(r => r.User)];
        if (recipients.Count == 0)
        {
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var unitName = (await units.FindAsync(row.UnitId, ct))?.Name ?? "";
        var periodText = ReportPeriod.TryParse(row.Period, Periodicity.Once, out var p, out _) ? p!.Vietnamese() : row.Period;
        var daysLate = cal.CountWorkingDays(row.DueDate, today);
        foreach (var (user, kind) in recipients)
        {
            db.ReportReminders.Add(new ReportReminder
            {
                Id = Guid.CreateVersion7(), ReportId = row.ReportId, Step = step.Step, RecipientUserId = user, Kind = kind, AtUtc = now, DueDate = row.DueDate,
            });
            var notice = ReportNotices.Late(row, unitName, periodText, step.Step, daysLate, escalation: kind == ReportReminderKinds.Escalation);
            notifier.Notify(new NotificationRequest(user, notice.Category, notice.Subject, notice.Body, notice.Link, $"rpt-chase:{row.ReportId}:{step.Step}:{user}"));
        }

        audit.Record(ReportAudit.ReportEntity, row.ReportId, ReportAudit.Reminded,
            new { step = step.Step, dueDate = row.DueDate, workingDaysLate = daysLate, recipients = recipients.Select(r => new { userId = r.User, kind = r.Kind }) });
        await db.SaveChangesAsync(ct);
        return true;
    }
}

/// <summary>A report not submitted after its deadline, with the regime it answers and the last ladder step already sent.</summary>
internal sealed record LateRow(Guid ReportId, Guid RegimeId, Guid UnitId, string Period, DateOnly DueDate, Guid OwnerUnitId, string RegimeName, int? LastStep);
