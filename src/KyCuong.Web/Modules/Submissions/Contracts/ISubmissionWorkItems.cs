namespace KyCuong.Web.Modules.Submissions.Contracts;

/// <summary>A submission (tờ trình) waiting in the caller's review queue.</summary>
public sealed record SubmissionWorkItem(Guid SubmissionId, string Title, string SubmitterUnitName, DateTimeOffset? SubmittedAt);

public sealed record SubmissionWorkList(IReadOnlyList<SubmissionWorkItem> Items, int Total);

/// <summary>What waits for the signed-in person in the Submissions module ("Việc cần xử lý").</summary>
/// <remarks>Every list takes <c>max</c> items (1–200) and gives the list's total; the navigation's count reads <c>WaitingAsync</c> instead.</remarks>
public interface ISubmissionWorkItems
{
    /// <summary>Submitted tờ trình the caller's office reviews (the same queue as <c>/Submissions/Review</c>), newest first.</summary>
    Task<SubmissionWorkList> ToReviewAsync(int max, CancellationToken ct);

    /// <summary>
    /// The rows the list counts as its total, as a query not yet run (the ids), for the navigation's count to count with the other
    /// modules' lists in one statement. Empty for no caller.
    /// </summary>
    Task<IReadOnlyList<IQueryable<Guid>>> WaitingAsync(CancellationToken ct);
}
