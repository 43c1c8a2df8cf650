namespace KyCuong.Web.Modules.Documents.Contracts;

/// <summary>
/// What the edXML exchange (docs/domain.md "edXML exchange") needs of the registers: an issued document with its files to send, an
/// incoming one registered from an envelope, and how far the handling of received documents has gone (for the status messages).
/// </summary>
public interface IExchangeDocuments
{
    /// <summary>The document with its files if the caller may see it (else null, as absent).</summary>
    Task<ExchangeDocument?> ReadVisibleAsync(Guid documentId, CancellationToken ct);

    /// <summary>
    /// Registers a received document in the incoming register of <see cref="IncomingExchangeDocument.RegisteringUnitId"/> (NĐ 30/2020
    /// art. 22: the next arrival number), with its files, as the system. <paramref name="inSameTransaction"/> adds the caller's own
    /// rows for the new document's id; everything is saved in one transaction. Returns the new document's id.
    /// </summary>
    Task<Guid> RegisterIncomingAsync(IncomingExchangeDocument document, Func<Guid, CancellationToken, Task> inSameTransaction, CancellationToken ct);

    /// <summary>How far each of these documents' handling has gone (direction given, tasks done), in few queries; absent ids are left out.</summary>
    Task<IReadOnlyDictionary<Guid, DocumentHandling>> HandlingAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken ct);
}

/// <summary>A registered document as the exchange writes it: <see cref="Direction"/> is <c>incoming</c>, <c>outgoing</c> or <c>internal</c>.</summary>
public sealed record ExchangeDocument(
    Guid Id, string Direction, Guid RegisteringUnitId, Guid? IssuerUnitId, string IssuerName, string? NumberSymbol, string? Type, string? Place,
    DateOnly? Date, string Subject, int Urgency, string? Signer, string? SigningForm, DateOnly? DueDate, IReadOnlyList<ExchangeFile> Files);

public sealed record ExchangeFile(string FileName, string ContentType, byte[] Content);

public sealed record IncomingExchangeDocument(
    Guid RegisteringUnitId, string IssuerName, string? NumberSymbol, DateOnly? Date, string? Type, string? Place, string Subject, int Urgency,
    string? Signer, string? SigningForm, string? Note, IReadOnlyList<ExchangeFile> Files);

/// <summary><see cref="Tasks"/> created by the direction and how many of them are completed.</summary>
public sealed record DocumentHandling(Guid DocumentId, bool Presented, bool Directed, int Tasks, int TasksCompleted);
