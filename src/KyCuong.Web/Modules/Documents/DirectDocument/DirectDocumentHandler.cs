using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Documents.DirectDocument;

/// <summary>Records the direction and creates its tasks (one per clause) with the document's audit rows, in one transaction.</summary>
internal sealed class DirectDocumentHandler(AppDbContext db, DocumentVisibility visibility, DirectionService directions)
{
    public async Task<DirectDocumentResponse> HandleAsync(Guid documentId, DirectDocumentRequest request, CancellationToken ct)
    {
        var doc = await visibility.GetAsync(documentId, ct);
        var plan = await directions.PlanAsync(doc, request, asSystem: false, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var tasks = await directions.ApplyAsync(doc, plan, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new DirectDocumentResponse(doc.Id, tasks, doc.FocalUnitId);
    }
}
