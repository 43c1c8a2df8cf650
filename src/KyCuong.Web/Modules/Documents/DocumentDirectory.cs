using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Documents.Domain;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents;

/// <summary>Documents' read contract, and the Tasks module's view of task sources (<see cref="ITaskSourceDocuments"/>).</summary>
internal sealed class DocumentDirectory(AppDbContext db, DocumentVisibility visibility) : IDocumentDirectory, ITaskSourceDocuments
{
    public async Task<bool> IsVisibleAsync(Guid documentId, CancellationToken ct) =>
        await (await visibility.VisibleAsync(ct)).AnyAsync(d => d.Id == documentId, ct);

    public async Task<DocumentSummary?> FindAsync(Guid documentId, CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == documentId, ct);
        return d is null ? null : ToSummary(d);
    }

    public async Task<IReadOnlyList<DocumentSummary>> ImplementingAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct)
    {
        if (taskIds.Count == 0)
        {
            return [];
        }

        var ids = taskIds.Distinct().ToList();
        var docs = await db.Documents.AsNoTracking().Where(d => d.ImplementsTaskId != null && ids.Contains(d.ImplementsTaskId.Value))
            .OrderBy(d => d.Date).ThenBy(d => d.RegisteredAtUtc).ToListAsync(ct);
        return docs.Select(ToSummary).ToList();
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Globalization", "CA1304", Justification = "Translated to SQL lower(); the culture does not apply.")]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1862", Justification = "Translated to SQL; a StringComparison overload is not translatable.")]
    public async Task<IReadOnlyList<DocumentSummary>> SearchOutgoingAsync(string text, int take, CancellationToken ct)
    {
        var s = (text ?? "").Trim().Normalize();
        if (s.Length == 0)
        {
            return [];
        }

        // As the task search: exact as typed, with a capital first letter, or lower-cased (SQLite's lower() is ASCII only).
        var lower = s.ToLowerInvariant();
        var capital = string.Concat(s[..1].ToUpperInvariant(), s[1..]);
        var docs = await (await visibility.VisibleAsync(ct)).AsNoTracking()
            .Where(d => d.Direction == DocumentDirection.Outgoing)
            .Where(d => (d.NumberSymbol != null && (d.NumberSymbol.Contains(s) || d.NumberSymbol.ToLower().Contains(lower)))
                || (d.Subject != null && (d.Subject.Contains(s) || d.Subject.Contains(capital) || d.Subject.ToLower().Contains(lower))))
            .OrderByDescending(d => d.Date).ThenByDescending(d => d.RegisteredAtUtc)
            .Take(Math.Clamp(take, 1, 50))
            .ToListAsync(ct);
        return docs.Select(ToSummary).ToList();
    }

    async Task<TaskSourceDocument?> ITaskSourceDocuments.FindAsync(Guid documentId, CancellationToken ct) =>
        await db.Documents.AsNoTracking().Where(d => d.Id == documentId).Select(d => new TaskSourceDocument(d.Id, d.ImplementsTaskId)).FirstOrDefaultAsync(ct);

    async Task<IReadOnlyList<ImplementingDocument>> ITaskSourceDocuments.ImplementingAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct) =>
        (await ImplementingAsync(taskIds, ct)).Select(d => new ImplementingDocument(d.Id, d.ImplementsTaskId!.Value, d.NumberSymbol, d.Date, d.Subject)).ToList();

    internal static DocumentSummary ToSummary(Document d) => new(d.Id, DocumentMarks.Name(d.Direction), d.NumberSymbol, d.Type, d.Subject, d.IssuerName,
        d.IssuerUnitId, d.Date, d.ImplementsTaskId, d.RegisteringUnitId);
}
