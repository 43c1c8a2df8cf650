namespace KyCuong.Web.Modules.Tasks.Contracts;

/// <summary>One task waiting for the signed-in person: the task, its due date, what waits (e.g. the requested date) and since when.</summary>
public sealed record TaskWorkItem(Guid TaskId, string Title, DateOnly? DueDate, string? Detail, DateTime? SinceUtc);

/// <summary>At most the asked number of items, and how many there are in all.</summary>
public sealed record TaskWorkList(IReadOnlyList<TaskWorkItem> Items, int Total);

/// <summary>
/// What waits for the signed-in person in the Tasks module ("Việc cần xử lý"). Every list is the caller's own: the tasks the
/// caller holds now, and the decisions the assigning side takes (reviews, extensions, re-routing) for the units where the caller
/// holds a position with the right to assign work, or for the tasks the caller assigned. Bounded, on indexed columns.
/// </summary>
/// <remarks>Every list takes <c>max</c> items (1–200) and gives the list's total; the navigation's count reads <c>WaitingAsync</c> instead.</remarks>
public interface ITaskWorkItems
{
    /// <summary>Open tasks the caller holds, overdue first, then by due date (standing tasks last).</summary>
    Task<TaskWorkList> HeldAsync(int max, CancellationToken ct);

    /// <summary>Completions waiting for the caller's review, oldest first.</summary>
    Task<TaskWorkList> ToReviewAsync(int max, CancellationToken ct);

    /// <summary>Extension requests waiting for the caller's decision, oldest first.</summary>
    Task<TaskWorkList> ExtensionRequestsAsync(int max, CancellationToken ct);

    /// <summary>Tasks returned as outside the lead unit's competence, waiting for the caller to re-route them.</summary>
    Task<TaskWorkList> ToReassignAsync(int max, CancellationToken ct);

    /// <summary>Tasks the caller assigned, handed on or held a step of and does not hold now ("Đã chuyển / đang theo dõi").</summary>
    Task<TaskWorkList> FollowedAsync(int max, CancellationToken ct);

    /// <summary>
    /// The rows of <see cref="HeldAsync"/>, <see cref="ToReviewAsync"/>, <see cref="ExtensionRequestsAsync"/> and <see cref="ToReassignAsync"/>
    /// (what each counts as its total), as queries not yet run, for the navigation's count to count with the other modules' lists in
    /// one statement. Empty for no caller.
    /// </summary>
    Task<IReadOnlyList<IQueryable<Guid>>> WaitingAsync(CancellationToken ct);
}
