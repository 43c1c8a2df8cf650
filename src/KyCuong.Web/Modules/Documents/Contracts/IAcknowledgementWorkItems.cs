namespace KyCuong.Web.Modules.Documents.Contracts;

/// <summary>A directive the signed-in person has still to read and acknowledge ("Đã đọc, quán triệt").</summary>
public sealed record AcknowledgementWorkItem(Guid DocumentId, string Subject, string? NumberSymbol, string IssuerName, DateTime RequiredAtUtc);

public sealed record AcknowledgementWorkList(IReadOnlyList<AcknowledgementWorkItem> Items, int Total);

/// <summary>What the Work module reads of acknowledgement campaigns (docs/domain.md "Acknowledgement of directives").</summary>
/// <remarks>Every list takes <c>max</c> items (1–200) and gives the list's total; the navigation's count reads <c>WaitingAsync</c> instead.</remarks>
public interface IAcknowledgementWorkItems
{
    /// <summary>Directives whose direction requires the caller's acknowledgement and that the caller has not acknowledged; oldest first.</summary>
    Task<AcknowledgementWorkList> PendingForMeAsync(int max, CancellationToken ct);

    /// <summary>
    /// The rows the list counts as its total, as a query not yet run (the ids), for the navigation's count to count with the other
    /// modules' lists in one statement. Empty for no caller.
    /// </summary>
    Task<IReadOnlyList<IQueryable<Guid>>> WaitingAsync(CancellationToken ct);
}
