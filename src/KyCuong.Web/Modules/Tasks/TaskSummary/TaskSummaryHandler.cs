using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.TaskSummary;

/// <summary>
/// Counts by the four status labels for a unit (and its subtree through the closure table), in ONE grouped query: the
/// status is derived in SQL from the due and completion dates and today, so millions of tasks are never loaded.
/// </summary>
internal sealed class TaskSummaryHandler(AppDbContext db, IAccessControl access, IUnitDirectory units, TimeProvider clock)
{
    public async Task<TaskSummaryResponse> HandleAsync(Guid unitId, bool includeDescendants, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        if (from is { } f && to is { } t && t < f)
        {
            throw RequestValidationException.For("to", "Ngày kết thúc kỳ phải sau ngày bắt đầu. / 'to' must not be before 'from'.");
        }

        await EnsureVisibleAsync(unitId, ct);

        return await ComputeAsync(unitId, includeDescendants, from, to, ct);
    }

    /// <summary>
    /// The dashboard's trend: for each of the <paramref name="months"/> calendar months up to today's, the tasks of the unit's subtree
    /// received in that month and how many of them are unfinished past their due date now — what <see cref="HandleAsync"/> answers as
    /// <c>overdueOfAssigned</c> for each month, in ONE grouped query that reads only the tasks received in the window (the index on lead
    /// unit and receipt date), not every task of the subtree once per month.
    /// </summary>
    public async Task<IReadOnlyList<MonthTrend>> TrendAsync(Guid unitId, int months, CancellationToken ct)
    {
        await EnsureVisibleAsync(unitId, ct);

        var today = clock.Today();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var first = thisMonth.AddMonths(1 - Math.Clamp(months, 1, 24));
        var last = thisMonth.AddMonths(1).AddDays(-1);
        var subtree = units.Subtree(unitId);
        // docs/domain.md §6: overdue only after the END of the due date ("due < today"), the same predicate as bucket 1 above.
        var rows = await db.Tasks.AsNoTracking()
            .Where(x => subtree.Contains(x.LeadUnitId) && x.ReceivedOn >= first && x.ReceivedOn <= last)
            .GroupBy(x => new { x.ReceivedOn, Overdue = x.CompletedOn == null && x.DueDate != null && x.DueDate < today })
            .Select(g => new { g.Key.ReceivedOn, g.Key.Overdue, Count = g.Count() })
            .ToListAsync(ct);
        var trend = new List<MonthTrend>();
        for (var month = first; month <= thisMonth; month = month.AddMonths(1))
        {
            var inMonth = rows.Where(r => r.ReceivedOn.Year == month.Year && r.ReceivedOn.Month == month.Month).ToList();
            trend.Add(new MonthTrend(month, inMonth.Sum(r => r.Count), inMonth.Where(r => r.Overdue).Sum(r => r.Count)));
        }

        return trend;
    }

    /// <summary>Another branch's unit is "not found" (docs/api.md: 404 also for things the caller may not see).</summary>
    private async Task EnsureVisibleAsync(Guid unitId, CancellationToken ct)
    {
        if (await units.FindAsync(unitId, ct) is null || !await access.HasAsync(Permission.ViewWork, unitId, ct))
        {
            throw new NotFoundException("Không tìm thấy đơn vị. / Unit not found.");
        }
    }

    /// <summary>The counts without the scope check: for callers that already checked the unit or an ancestor (the per-unit table).</summary>
    internal async Task<TaskSummaryResponse> ComputeAsync(Guid unitId, bool includeDescendants, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var today = clock.Today();
        if (from is null && to is null)
        {
            return await FromCountersAsync(unitId, includeDescendants, today, ct);
        }

        var tasks = db.Tasks.AsNoTracking();
        if (includeDescendants)
        {
            var subtree = units.Subtree(unitId);
            tasks = tasks.Where(x => subtree.Contains(x.LeadUnitId));
        }
        else
        {
            tasks = tasks.Where(x => x.LeadUnitId == unitId);
        }

        var periodFrom = from ?? DateOnly.MinValue;
        var periodTo = to ?? DateOnly.MaxValue;

        // Buckets: 0 in progress on time, 1 in progress overdue, 2 done on time, 3 done late (TaskStatusPolicy in SQL:
        // overdue only after the END of the due date, so "due < today"; a standing task without a due date is never overdue).
        var rows = await tasks
            .GroupBy(x => new
            {
                Bucket = x.CompletedOn == null
                    ? (x.DueDate != null && x.DueDate < today ? 1 : 0)
                    : (x.DueDate != null && x.CompletedOn > x.DueDate ? 3 : 2),
                Assigned = x.ReceivedOn >= periodFrom && x.ReceivedOn <= periodTo,
                Due = x.DueDate != null && x.DueDate >= periodFrom && x.DueDate <= periodTo,
            })
            .Select(g => new BucketCount(g.Key.Bucket, g.Key.Assigned, g.Key.Due, g.Count()))
            .ToListAsync(ct);
        return FromBuckets(unitId, includeDescendants, today, from, to, rows);
    }

    /// <summary>
    /// <see cref="ComputeAsync"/> with descendants and a period for many units at once (a report period opened for a province's
    /// units): ONE query over the tasks joined to the units' subtrees, grouped by the unit asked about, so the figures are the very
    /// ones the one-unit summary gives. Every unit asked about has an entry (zeros when its subtree leads no task).
    /// </summary>
    internal async Task<IReadOnlyDictionary<Guid, TaskSummaryResponse>> ComputeManyAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to,
        CancellationToken ct)
    {
        var today = clock.Today();
        var ids = unitIds.Distinct().ToList();
        var rows = ids.Count == 0
            ? []
            : await db.Tasks.AsNoTracking()
                .Join(units.SubtreeMembers(ids), x => x.LeadUnitId, m => m.UnitId, (x, m) => new { m.RootId, x.CompletedOn, x.DueDate, x.ReceivedOn })
                .GroupBy(x => new
                {
                    x.RootId,
                    Bucket = x.CompletedOn == null
                        ? (x.DueDate != null && x.DueDate < today ? 1 : 0)
                        : (x.DueDate != null && x.CompletedOn > x.DueDate ? 3 : 2),
                    Assigned = x.ReceivedOn >= from && x.ReceivedOn <= to,
                    Due = x.DueDate != null && x.DueDate >= from && x.DueDate <= to,
                })
                .Select(g => new { g.Key.RootId, g.Key.Bucket, g.Key.Assigned, g.Key.Due, Count = g.Count() })
                .ToListAsync(ct);
        var byRoot = rows.ToLookup(r => r.RootId, r => new BucketCount(r.Bucket, r.Assigned, r.Due, r.Count));
        return ids.ToDictionary(id => id, id => FromBuckets(id, true, today, from, to, [.. byRoot[id]]));
    }

    /// <summary>One month of the trend: tasks received in it, and how many of those are unfinished past their due date today.</summary>
    internal sealed record MonthTrend(DateOnly Month, int Assigned, int Overdue);

    private sealed record BucketCount(int Bucket, bool Assigned, bool Due, int Count);

    private static TaskSummaryResponse FromBuckets(Guid unitId, bool includeDescendants, DateOnly today, DateOnly? from, DateOnly? to,
        IReadOnlyList<BucketCount> rows)
    {
        var hasPeriod = from is not null || to is not null;
        int Count(Func<int, bool> bucket, Func<bool, bool, bool> filter) =>
            rows.Where(r => bucket(r.Bucket) && filter(r.Assigned, r.Due)).Sum(r => r.Count);

        // The four labels cover the tasks assigned in the period when one is given, all tasks otherwise.
        bool Counted(bool assigned, bool due) => !hasPeriod || assigned;
        var assignedInPeriod = Count(_ => true, (a, _) => a);
        var dueInPeriod = Count(_ => true, (_, d) => d);
        var overdueOfAssigned = Count(b => b == 1, (a, _) => a);
        var overdueOfDue = Count(b => b == 1, (_, d) => d);

        // docs/domain.md §6 (VPCP labels): overdue-unfinished ÷ tasks assigned in the period; overdue-unfinished ÷ tasks due in the period.
        return new TaskSummaryResponse(unitId, includeDescendants, today, from, to,
            Count(b => b == 0, Counted), Count(b => b == 1, Counted), Count(b => b == 2, Counted), Count(b => b == 3, Counted), Count(_ => true, Counted),
            new OverdueRate("assignedInPeriod", overdueOfAssigned, assignedInPeriod, Rate(overdueOfAssigned, assignedInPeriod)),
            new OverdueRate("dueInPeriod", overdueOfDue, dueInPeriod, Rate(overdueOfDue, dueInPeriod)));
    }

    /// <summary>
    /// Without a period the summary reads the per-unit counters (ADR 0005): done tasks by kind, open tasks by due day, so the
    /// split between on time and overdue at today stays exact while the query touches counter rows, not tasks.
    /// </summary>
    private async Task<TaskSummaryResponse> FromCountersAsync(Guid unitId, bool includeDescendants, DateOnly today, CancellationToken ct)
    {
        var counters = db.TaskCounters.AsNoTracking();
        if (includeDescendants)
        {
            var subtree = units.Subtree(unitId);
            counters = counters.Where(c => subtree.Contains(c.UnitId));
        }
        else
        {
            counters = counters.Where(c => c.UnitId == unitId);
        }

        var todayKey = today.DayNumber;
        var rows = await counters
            .GroupBy(c => new { c.Kind, Overdue = c.Kind == TaskCounterKind.OpenWithDue && c.DueKey < todayKey })
            .Select(g => new { g.Key.Kind, g.Key.Overdue, Count = g.Sum(c => c.Count) })
            .ToListAsync(ct);
        int Sum(Func<TaskCounterKind, bool, bool> which) => (int)rows.Where(r => which(r.Kind, r.Overdue)).Sum(r => r.Count);
        var onTime = Sum((k, o) => k == TaskCounterKind.OpenNoDue || (k == TaskCounterKind.OpenWithDue && !o));
        var overdue = Sum((k, o) => k == TaskCounterKind.OpenWithDue && o);
        var doneOnTime = Sum((k, _) => k is TaskCounterKind.DoneOnTimeNoDue or TaskCounterKind.DoneOnTimeWithDue);
        var doneLate = Sum((k, _) => k == TaskCounterKind.DoneLate);
        var total = onTime + overdue + doneOnTime + doneLate;
        var withDue = Sum((k, _) => k is TaskCounterKind.DoneOnTimeWithDue or TaskCounterKind.DoneLate or TaskCounterKind.OpenWithDue);
        return new TaskSummaryResponse(unitId, includeDescendants, today, null, null, onTime, overdue, doneOnTime, doneLate, total,
            new OverdueRate("assignedInPeriod", overdue, total, Rate(overdue, total)),
            new OverdueRate("dueInPeriod", overdue, withDue, Rate(overdue, withDue)));
    }

    private static decimal? Rate(int overdue, int denominator) => denominator == 0 ? null : Math.Round(100m * overdue / denominator, 2);
}
