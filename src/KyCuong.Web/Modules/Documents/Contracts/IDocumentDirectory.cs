namespace KyCuong.Web.Modules.Documents.Contracts;

public interface IDocumentDirectory
{
    Task<DocumentSummary?> FindAsync(Guid documentId, CancellationToken ct);

    /// <summary>Documents that implement (are issued in answer to) the given task: the cascade below a directive's clause.</summary>
    Task<IReadOnlyList<DocumentSummary>> ImplementingAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct);
}
