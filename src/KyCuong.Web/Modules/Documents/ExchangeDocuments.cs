using System.Security.Cryptography;
using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Documents.RegisterDocument;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents;

/// <summary>The registers' side of the edXML exchange (<see cref="IExchangeDocuments"/>); registration takes the one path of <see cref="DocumentRegistrar"/>.</summary>
internal sealed class ExchangeDocuments(AppDbContext db, DocumentVisibility visibility, DocumentRegistrar registrar, ITaskDeadlines tasks, TimeProvider clock)
    : IExchangeDocuments
{
    public async Task<ExchangeDocument?> ReadVisibleAsync(Guid documentId, CancellationToken ct)
    {
        var d = await (await visibility.VisibleAsync(ct)).AsNoTracking().FirstOrDefaultAsync(x => x.Id == documentId, ct);
        if (d is null)
        {
            return null;
        }

        var files = await db.DocumentAttachments.AsNoTracking().Where(a => a.DocumentId == documentId).OrderBy(a => a.UploadedAtUtc)
            .Select(a => new ExchangeFile(a.FileName, a.ContentType, a.Content)).ToListAsync(ct);
        return new ExchangeDocument(d.Id, DocumentMarks.Name(d.Direction), d.RegisteringUnitId, d.IssuerUnitId, d.IssuerName, d.NumberSymbol, d.Type, d.Place,
            d.Date, d.Subject, (int)d.Urgency, d.Signer, d.SigningForm, d.DirectionDueDate, files);
    }

    public async Task<Guid> RegisterIncomingAsync(IncomingExchangeDocument r, Func<Guid, CancellationToken, Task> inSameTransaction, CancellationToken ct)
    {
        var urgency = DocumentMarks.Label((Urgency)Math.Clamp(r.Urgency, 0, 3));
        var prepared = await registrar.PrepareAsync(new RegisterDocumentRequest(
            "incoming", r.IssuerName, r.NumberSymbol, r.Date, r.Type, r.Subject, urgency, RegisteringUnitId: r.RegisteringUnitId, Place: r.Place,
            Signer: r.Signer, SigningForm: r.SigningForm, Note: r.Note), asSystem: true, Permission.None, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var document = await registrar.AddAsync(prepared, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var f in r.Files)
        {
            db.DocumentAttachments.Add(new DocumentAttachment
            {
                Id = Guid.CreateVersion7(), DocumentId = document.Id, FileName = f.FileName, ContentType = f.ContentType, Size = f.Content.LongLength,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(f.Content)), Content = f.Content, UploadedAtUtc = now,
            });
        }

        await inSameTransaction(document.Id, ct);
        await registrar.SaveAsync(ct);
        await tx.CommitAsync(ct);
        return document.Id;
    }

    public async Task<IReadOnlyDictionary<Guid, DocumentHandling>> HandlingAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken ct)
    {
        var ids = documentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, DocumentHandling>();
        }

        var docs = await db.Documents.AsNoTracking().Where(d => ids.Contains(d.Id))
            .Select(d => new { d.Id, d.PresentedAtUtc, d.DirectedAtUtc }).ToListAsync(ct);
        var links = await db.DocumentTasks.AsNoTracking().Where(t => ids.Contains(t.DocumentId)).Select(t => new { t.DocumentId, t.TaskId }).ToListAsync(ct);
        var states = await tasks.FindManyAsync(links.Select(l => l.TaskId).ToList(), ct);
        return docs.ToDictionary(d => d.Id, d =>
        {
            var mine = links.Where(l => l.DocumentId == d.Id).ToList();
            return new DocumentHandling(d.Id, d.PresentedAtUtc is not null, d.DirectedAtUtc is not null, mine.Count,
                mine.Count(l => states.TryGetValue(l.TaskId, out var s) && s.State == "completed"));
        });
    }
}
