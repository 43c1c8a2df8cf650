namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>
/// Pre-aggregated task counts per lead unit, so the roll-up of a whole subtree reads thousands of counter rows instead of
/// millions of tasks (the root's summary ≤ 50 ms on a national dataset). Kept exact by
/// <see cref="Persistence.TaskCounterInterceptor"/> in the same transaction as every task change (ADR 0005).
/// </summary>
internal sealed class TaskCounter
{
    public Guid UnitId { get; set; }

    public TaskCounterKind Kind { get; set; }

    /// <summary>For <see cref="TaskCounterKind.OpenWithDue"/>: the due date's <see cref="DateOnly.DayNumber"/>; 0 otherwise.</summary>
    public int DueKey { get; set; }

    public long Count { get; set; }

    /// <summary>Which counter a task with these fields adds to (the same fields the status policy reads).</summary>
    public static (TaskCounterKind Kind, int DueKey) Of(DateOnly? dueDate, DateOnly? completedOn) => (completedOn, dueDate) switch
    {
        ({ } done, null) => (TaskCounterKind.DoneOnTimeNoDue, 0),
        ({ } done, { } due) when done <= due => (TaskCounterKind.DoneOnTimeWithDue, 0),
        ({ }, { }) => (TaskCounterKind.DoneLate, 0),
        (null, null) => (TaskCounterKind.OpenNoDue, 0),
        (null, { } due) => (TaskCounterKind.OpenWithDue, due.DayNumber),
    };
}

internal enum TaskCounterKind
{
    DoneOnTimeNoDue = 0,
    DoneOnTimeWithDue = 1,
    DoneLate = 2,
    OpenNoDue = 3,
    OpenWithDue = 4,
}
