using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.RecurringReports;

/// <summary>
/// docs/domain.md §6 (recurring duties): "định kỳ 6 tháng, hàng năm báo cáo" creates one report task per period that has begun.
/// Idempotent: a task exists at most once per (duty, period) — checked first, and enforced by a unique index, so two nodes
/// racing create it once (the loser's insert fails and is skipped).
/// </summary>
internal sealed class RecurringReportJob(AppDbContext db, IUnitDirectory units, ICalendarService calendar, OrgPeople people, AuditLog audit, TimeProvider clock,
    JobRunReport report, ILogger<RecurringReportJob> logger) : IBackgroundJob
{
    public string Name => "tasks.recurringReports";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        var snapshot = await calendar.GetAsync(ct);
        var duties = await db.TaskRecurringDuties.AsNoTracking().Where(d => d.Active && d.StartsOn <= today).OrderBy(d => d.Id).ToListAsync(ct);
        var created = 0;
        foreach (var duty in duties)
        {
            try
            {
                created += await RunDutyAsync(duty, snapshot, today, now, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // One duty that cannot be handled (e.g. a period ending outside the working calendar) does not stop the others.
                logger.LogError(ex, "Recurring duty {Duty} not handled", duty.Id);
                report.Fail($"Báo cáo định kỳ / recurring duty {duty.Id}", ex);
                db.ChangeTracker.Clear();
            }
        }

        return created;
    }

    private async Task<int> RunDutyAsync(RecurringDuty duty, CalendarSnapshot snapshot, DateOnly today, DateTime now, CancellationToken ct)
    {
        var created = 0;
        var existing = await db.Tasks.AsNoTracking().Where(t => t.RecurringDutyId == duty.Id).Select(t => t.PeriodKey).ToListAsync(ct);
        foreach (var period in RecurrencePolicy.PeriodsBegun(duty.Cadence, duty.StartsOn, today))
        {
            if (existing.Contains(period.Key) || (duty.EndsOn is { } end && period.Start > end))
            {
                continue;
            }

            // docs/domain.md §4: open work goes to the successor of a unit that has since merged.
            var lead = await units.ResolveInForceAsync(duty.LeadUnitId, today, ct);
            var leadId = lead?.Id ?? duty.LeadUnitId;
            var head = await people.HeadOfAsync(leadId, today, ct);

            // The report is due at the end of the period; a last day off moves to the next working day (Civil Code art. 148).
            var due = period.End;
            while (!snapshot.IsWorkingDay(due))
            {
                due = due.AddDays(1);
            }

            var task = new WorkTask(Guid.CreateVersion7(), $"Báo cáo {period.Label}: {duty.Title}", $"Báo cáo định kỳ ({duty.Phrase}).", duty.AssignerUnitId, null,
                leadId, head?.UserId, [], today, now, due, null);
            task.LinkSource(null, null, duty.StandingTaskId);
            task.LinkRecurring(duty.Id, period.Key);
            db.Tasks.Add(task);
            db.TaskRoutings.Add(new TaskRouting(Guid.CreateVersion7(), task.Id, 1, RoutingKind.Assigned, leadId, null, now, null, null));
            audit.Record(TaskAudit.Entity, task.Id, TaskAudit.RecurringReportCreated,
                new { dutyId = duty.Id, period = period.Key, standingTaskId = duty.StandingTaskId, leadUnitId = leadId, dueDate = due });
            try
            {
                await db.SaveChangesAsync(ct);
                created++;
            }
            catch (DbUpdateException ex)
            {
                // Another node created this period's report first: the unique (duty, period) index refused ours.
                logger.LogInformation(ex, "Recurring report {Duty}/{Period} already exists", duty.Id, period.Key);
                db.ChangeTracker.Clear();
            }
        }

        return created;
    }
}
