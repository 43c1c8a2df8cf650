namespace KyCuong.Web.Modules.Documents.Contracts;

/// <summary>
/// What another module asks of the outgoing register when it issues a document it drafted (NĐ 30/2020 art. 15: numbers per
/// issuing body, series and year, from the same counter the register uses). The caller has already checked that the current
/// user may sign for the unit; the register numbers, records and audits the document.
/// </summary>
public interface IOutgoingIssuer
{
    /// <summary>
    /// Takes the next number of the issuer's outgoing register, records the outgoing document dated <see cref="OutgoingIssue.Date"/>,
    /// and runs <paramref name="withinTransaction"/> inside the same transaction (the caller records its own side, e.g. that a draft
    /// is issued), so the number, the register row and the caller's change commit together or not at all.
    /// </summary>
    Task<IssuedOutgoing> IssueAsync(OutgoingIssue issue, Func<IssuedOutgoing, CancellationToken, Task> withinTransaction, CancellationToken ct);
}

/// <summary>An outgoing document to number: its symbol without the number ("SNV-CCHC", "QĐ-SNV") and the NĐ 30/2020 components the register keeps.</summary>
public sealed record OutgoingIssue(
    Guid IssuerUnitId, string Symbol, string Type, string Subject, DateOnly Date, string? Place, string? Signer, string? SigningForm,
    IReadOnlyList<string> Recipients);

/// <summary>The issued document: its id in the register, the number and the full number and symbol as printed ("05/SNV-CCHC").</summary>
public sealed record IssuedOutgoing(Guid DocumentId, int Number, string NumberSymbol, DateOnly Date);
