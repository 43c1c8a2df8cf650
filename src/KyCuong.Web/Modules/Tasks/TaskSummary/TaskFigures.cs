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
        return ToFigures(s);
    }

    public async Task<IReadOnlyDictionary<Guid, TaskPeriodFigures>> SummariesAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to,
        CancellationToken ct) =>
        (await summary.ComputeManyAsync(unitIds, from, to, ct)).ToDictionary(kv => kv.Key, kv => ToFigures(kv.Value));

    private static TaskPeriodFigures ToFigures(TaskSummaryResponse s) =>
        new(s.InProgressOnTime, s.InProgressOverdue, s.DoneOnTime, s.DoneLate, s.Total,
            s.OverdueOfAssigned.Overdue, s.OverdueOfAssigned.Denominator, s.OverdueOfAssigned.Percent,
            s.OverdueOfDue.Overdue, s.OverdueOfDue.Denominator, s.OverdueOfDue.Percent);

    public async Task<IReadOnlyList<OverdueTaskLine>> OverdueAsync(Guid unitId, DateOnly asOf, int take, CancellationToken ct)
    {
        var subtree = units.Subtree(unitId);
        // Overdue only after the END of the due date (TaskStatusPolicy): due < asOf.
        var rows = await db.Tasks.AsNoTracking()
            .Where(t => subtree.Contains(t.LeadUnitId) && (t.CompletedOn == null || t.CompletedOn >= asOf) && t.DueDate != null && t.DueDate < asOf)
            .OrderBy(t => t.DueDate).ThenBy(t => t.Title).ThenBy(t => t.Id)
            .Take(take)
            .Select(t => new { t.Id, t.Title, t.LeadUnitId, t.LeadUserId, Due = t.DueDate!.Value })
            .ToListAsync(ct);
        var cal = await calendar.GetAsync(ct);
        return [.. rows.Select(r => new OverdueTaskLine(r.Id, r.Title, r.LeadUnitId, r.LeadUserId, r.Due, cal.CountWorkingDays(r.Due, asOf)))];
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<OverdueTaskLine>>> OverdueManyAsync(IReadOnlyCollection<Guid> unitIds, DateOnly asOf,
        int take, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<OverdueTaskLine>>();
        }

        // The same filter and order as OverdueAsync, for every unit's subtree in ONE query; the first `take` of each unit are cut
        // here, since EF translates no per-group Take on SQLite (no LATERAL) and the overdue rows of a period's reporting
        // units are thousands at a province's size, not millions.
        var rows = await db.Tasks.AsNoTracking()
            .Where(t => (t.CompletedOn == null || t.CompletedOn >= asOf) && t.DueDate != null && t.DueDate < asOf)
            .Join(units.SubtreeMembers(ids), t => t.LeadUnitId, m => m.UnitId, (t, m) => new { m.RootId, t.Id, t.Title, t.LeadUnitId, t.LeadUserId, t.DueDate })
            .OrderBy(x => x.RootId).ThenBy(x => x.DueDate).ThenBy(x => x.Title).ThenBy(x => x.Id)
            .ToListAsync(ct);
        var cal = await calendar.GetAsync(ct);
        var byRoot = rows.GroupBy(r => r.RootId).ToDictionary(g => g.Key, g => g.Take(take));
        return ids.ToDictionary(id => id, id => (IReadOnlyList<OverdueTaskLine>)[.. byRoot.GetValueOrDefault(id, [])
            .Select(r => new OverdueTaskLine(r.Id, r.Title, r.LeadUnitId, r.LeadUserId, r.DueDate!.Value, cal.CountWorkingDays(r.DueDate.Value, asOf)))]);
    }
}
