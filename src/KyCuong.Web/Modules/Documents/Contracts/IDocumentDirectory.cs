namespace KyCuong.Web.Modules.Documents.Contracts;

public interface IDocumentDirectory
{
    Task<DocumentSummary?> FindAsync(Guid documentId, CancellationToken ct);

    /// <summary>Whether the document exists and the caller may see it (one the caller cannot see is treated as absent).</summary>
    Task<bool> IsVisibleAsync(Guid documentId, CancellationToken ct);

    /// <summary>Documents that implement (are issued in answer to) the given task: the cascade below a directive's clause.</summary>
    Task<IReadOnlyList<DocumentSummary>> ImplementingAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct);

    /// <summary>
    /// Outgoing documents the caller may see whose number and symbol or subject contain the text (newest first, at most
    /// <paramref name="take"/>): the pick list for the document that carries a task's result.
    /// </summary>
    Task<IReadOnlyList<DocumentSummary>> SearchOutgoingAsync(string text, int take, CancellationToken ct);
}
