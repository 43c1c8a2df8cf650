using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Documents.RegisterDocument;

/// <summary>Registers one document: numbers it and writes it with its audit row in one transaction.</summary>
internal sealed class RegisterDocumentHandler(AppDbContext db, DocumentRegistrar registrar)
{
    public async Task<RegisterDocumentResponse> HandleAsync(RegisterDocumentRequest request, CancellationToken ct)
    {
        var prepared = await registrar.PrepareAsync(request, asSystem: false, Permission.None, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var document = await registrar.AddAsync(prepared, ct);
        await registrar.SaveAsync(ct);
        await tx.CommitAsync(ct);
        return new RegisterDocumentResponse(document.Id, document.ArrivalNumber, document.NumberSymbol, document.Number);
    }
}
