using KyCuong.Web.Modules.Documents.DirectDocument;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Documents.ImportDocument;

/// <summary>Registers the document and creates its tasks in one transaction: either both happen or neither.</summary>
internal sealed class ImportDocumentHandler(AppDbContext db, DocumentRegistrar registrar, DirectionService directions)
{
    public async Task<ImportDocumentResponse> HandleAsync(ImportDocumentRequest request, bool asSystem, CancellationToken ct)
    {
        if (request.Document is null)
        {
            throw RequestValidationException.For("document", "Cần thông tin văn bản. / document is required.");
        }

        // A leader importing a directive with its direction may register it in the units where they assign work.
        var prepared = await registrar.PrepareAsync(request.Document, asSystem, request.Direction is null ? Permission.None : Permission.AssignWork, ct);
        var plan = request.Direction is null ? null : await directions.PlanAsync(prepared.Document, request.Direction, asSystem, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var doc = await registrar.AddAsync(prepared, ct);
        await registrar.SaveAsync(ct);
        IReadOnlyList<DirectedTask> tasks = [];
        if (plan is not null)
        {
            tasks = await directions.ApplyAsync(doc, plan, ct);
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        return new ImportDocumentResponse(doc.Id, doc.ArrivalNumber, doc.NumberSymbol, tasks);
    }
}
