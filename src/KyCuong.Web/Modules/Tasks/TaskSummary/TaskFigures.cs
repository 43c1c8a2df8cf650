using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.TaskSummary;

/// <summary>
/// The report's task figures computed by the task summary itself (<see cref="TaskSummaryHandler.ComputeAsync"/>), so a report and the
/// dashboard can never disagree for the same unit and period.
/// </summary>
internal sealed class TaskFigures(TaskSummaryHandler summary, AppDbContext db, IUnitDirectory units, ICalendarService calendar) : ITaskFigures
{
    public async Task<TaskPeriodFigures> SummaryAsync(Guid unitId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var s = await summary.ComputeAsync(unitId, true, from, to, ct);
        return new TaskPeriodFigures(s.InProgressOnTime, s.InProgressOverdue, s.DoneOnTime, s.DoneLate, s.Total,
            s.OverdueOfAssigned.Overdue, s.OverdueOfAssigned.Denominator, s.OverdueOfAssigned.Percent,
            s.OverdueOfDue.Overdue, s.OverdueOfDue.Denominator, s.OverdueOfDue.Percent);
    }

    public async Task<IReadOnlyList<OverdueTaskLine>> OverdueAsync(Guid unitId, DateOnly asOf, int take, CancellationToken ct)
    {
        var subtree = units.Subtree(unitId);
        // Overdue only after the END of the due date (TaskStatusPolicy): due < asOf.
        var rows = await db.Tasks.AsNoTracking()
            .Where(t => subtree.Contains(t.LeadUnitId) && (t.CompletedOn == null || t.CompletedOn >= asOf) && t.DueDate != null && t.DueDate < asOf)
            .OrderBy(t => t.DueDate).ThenBy(t => t.Title)
            .Take(take)
            .Select(t => new { t.Id, t.Title, t.LeadUnitId, t.LeadUserId, Due = t.DueDate!.Value })
            .ToListAsync(ct);
        var cal = await calendar.GetAsync(ct);
        return [.. rows.Select(r => new OverdueTaskLine(r.Id, r.Title, r.LeadUnitId, r.LeadUserId, r.Due, cal.CountWorkingDays(r.Due, asOf)))];
    }
}
