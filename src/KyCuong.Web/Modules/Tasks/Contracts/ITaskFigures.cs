namespace KyCuong.Web.Modules.Tasks.Contracts;

/// <summary>
/// The task figures a periodic report carries for a unit and its subtree (docs/domain.md §6 and "Reports"): the same numbers as
/// <c>GET /api/v1/units/{id}/task-summary?includeDescendants=true&amp;from&amp;to</c>, and the overdue tasks with their lead and days
/// late. No access check: the caller (the Reports module) has already decided who may read the report.
/// </summary>
public interface ITaskFigures
{
    Task<TaskPeriodFigures> SummaryAsync(Guid unitId, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>Unfinished tasks led in the unit's subtree whose deadline had passed by <paramref name="asOf"/>, most days late first.</summary>
    Task<IReadOnlyList<OverdueTaskLine>> OverdueAsync(Guid unitId, DateOnly asOf, int take, CancellationToken ct);

    /// <summary><see cref="SummaryAsync"/> for many units in one query (a period opened for all its reporting units); every unit has an entry.</summary>
    Task<IReadOnlyDictionary<Guid, TaskPeriodFigures>> SummariesAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary><see cref="OverdueAsync"/> for many units in one query (at most <paramref name="take"/> per unit); every unit has an entry.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<OverdueTaskLine>>> OverdueManyAsync(IReadOnlyCollection<Guid> unitIds, DateOnly asOf, int take, CancellationToken ct);
}

/// <summary>The four statuses and both overdue rates (numerator and denominator always given).</summary>
public sealed record TaskPeriodFigures(
    int InProgressOnTime,
    int InProgressOverdue,
    int DoneOnTime,
    int DoneLate,
    int Total,
    int OverdueOfAssigned,
    int AssignedInPeriod,
    decimal? OverdueOfAssignedPercent,
    int OverdueOfDue,
    int DueInPeriod,
    decimal? OverdueOfDuePercent);

/// <summary>One overdue task: the lead unit (and person when named) and the working days past the deadline.</summary>
public sealed record OverdueTaskLine(Guid TaskId, string Title, Guid LeadUnitId, Guid? LeadUserId, DateOnly DueDate, int WorkingDaysLate);
