namespace KyCuong.Web.Modules.Work.Contracts;

/// <summary>
/// One thing waiting for the signed-in person: at least <c>{"id","title","dueDate"}</c> (docs/api.md), with where it is handled
/// (<see cref="Link"/>), what kind of thing it is, whether it is overdue, a short detail and since when it waits.
/// </summary>
public sealed record WorkItem(Guid Id, string Title, DateOnly? DueDate, string Link, string Kind, bool Overdue, string? Detail, DateTimeOffset? Since);

/// <summary>At most the asked number of items of one list, and how many there are in all.</summary>
public sealed record WorkList(IReadOnlyList<WorkItem> Items, int Total);

/// <summary>
/// <c>GET /api/v1/me/work</c>: what waits for the signed-in person ("Việc cần xử lý"). <see cref="Count"/> is what the navigation
/// shows: the items that wait for the person's action (reminders and followed tasks are information, not counted).
/// </summary>
public sealed record MyWork(
    WorkList TasksHeld,
    WorkList ToReview,
    WorkList ExtensionRequests,
    WorkList ToReassign,
    WorkList DocumentsPresented,
    WorkList ConsultationsToAnswer,
    WorkList SubmissionsToReview,
    WorkList Reminders,
    WorkList Followed,
    int Count)
{
    /// <summary>Directives to read and acknowledge ("Đã đọc, quán triệt"), counted in <see cref="Count"/>.</summary>
    public WorkList ToAcknowledge { get; init; } = new([], 0);
}

/// <summary>The signed-in person's work list, as the home page and the navigation read it.</summary>
public interface IWorkList
{
    /// <summary>Every list, each with at most <paramref name="max"/> items.</summary>
    Task<MyWork> GetAsync(int max, CancellationToken ct);

    /// <summary>How many items wait for the person's action (the navigation's badge); computed once per request.</summary>
    Task<int> CountAsync(CancellationToken ct);
}
