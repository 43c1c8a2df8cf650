namespace KyCuong.Web.Modules.Documents.Contracts;

/// <summary>An incoming document waiting for the signed-in leader's direction.</summary>
public sealed record DocumentWorkItem(Guid DocumentId, string Subject, string? NumberSymbol, string IssuerName, DateOnly? ReceivedOn, DateTime PresentedAtUtc);

public sealed record DocumentWorkList(IReadOnlyList<DocumentWorkItem> Items, int Total);

/// <summary>What waits for the signed-in person in the Documents module ("Việc cần xử lý").</summary>
/// <remarks>Every list takes <c>max</c> items (1–200) and gives the list's total; the navigation's count reads <c>WaitingAsync</c> instead.</remarks>
public interface IDocumentWorkItems
{
    /// <summary>
    /// Incoming documents presented to a leader and not yet directed (NĐ 30/2020 art. 24), registered by a unit where the caller
    /// holds a position with the right to assign work; oldest presentation first.
    /// </summary>
    Task<DocumentWorkList> PresentedToMeAsync(int max, CancellationToken ct);

    /// <summary>
    /// The rows the list counts as its total, as a query not yet run (the ids), for the navigation's count to count with the other
    /// modules' lists in one statement. Empty for no caller.
    /// </summary>
    Task<IReadOnlyList<IQueryable<Guid>>> WaitingAsync(CancellationToken ct);
}
