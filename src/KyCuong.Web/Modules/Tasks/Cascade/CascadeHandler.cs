using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.Cascade;

/// <summary>
/// Follows a directive down the hierarchy: its clause tasks (by source document, or one task) and their child tasks
/// (ParentTaskId), with the implementing documents the Documents module knows of. Only visible tasks are shown.
/// </summary>
internal sealed class CascadeHandler(TaskAccess taskAccess, IUnitDirectory units, ITaskSourceDocuments documents, TimeProvider clock)
{
    public async Task<CascadeResponse> HandleAsync(Guid? sourceDocumentId, Guid? taskId, CancellationToken ct)
    {
        if (sourceDocumentId is null == taskId is null)
        {
            throw RequestValidationException.For("sourceDocumentId", "Nêu văn bản nguồn hoặc nhiệm vụ (một trong hai). / Give either sourceDocumentId or taskId.");
        }

        var today = clock.Today();
        var visible = (await taskAccess.VisibleAsync(ct)).AsNoTracking();
        var roots = sourceDocumentId is { } docId
            ? await visible.Where(t => t.SourceDocumentId == docId && t.ParentTaskId == null).OrderBy(t => t.ClauseRef).ThenBy(t => t.AssignedAtUtc).ToListAsync(ct)
            : await visible.Where(t => t.Id == taskId).ToListAsync(ct);
        if (taskId is not null && roots.Count == 0)
        {
            throw TaskAccess.NotFound();
        }

        var rootIds = roots.Select(r => r.Id).ToList();
        var children = await visible.Where(t => t.ParentTaskId != null && rootIds.Contains(t.ParentTaskId.Value)).OrderBy(t => t.LeadUnitId).ToListAsync(ct);

        var implementing = await documents.ImplementingAsync(rootIds.Concat(children.Select(c => c.Id)).ToList(), ct);

        var unitNames = new Dictionary<Guid, string>();
        async Task<string> UnitName(Guid id)
        {
            if (!unitNames.TryGetValue(id, out var n))
            {
                unitNames[id] = n = (await units.FindAsync(id, ct))?.Name ?? "";
            }

            return n;
        }

        List<ImplementingDocumentRef> DocsFor(Guid id) =>
            implementing.Where(d => d.ImplementsTaskId == id).Select(d => new ImplementingDocumentRef(d.Id, d.NumberSymbol, d.Date, d.Subject)).ToList();

        var clauses = new List<CascadeClause>();
        foreach (var root in roots)
        {
            var rows = new List<CascadeRow>();
            foreach (var child in children.Where(c => c.ParentTaskId == root.Id))
            {
                var status = child.StatusOn(today);
                var docs = DocsFor(child.Id);
                var reported = child.CompletedOn is not null;
                var overdue = status == TaskStatusLabel.InProgressOverdue;
                var outcome = reported ? "reported" : docs.Count > 0 ? "implementingDocumentIssued" : overdue ? "nothingOverdue" : "nothingYet";
                rows.Add(new CascadeRow(child.Id, child.LeadUnitId, await UnitName(child.LeadUnitId), child.Title, child.DueDate, status, TaskStatusPolicy.Label(status),
                    reported, overdue, docs, outcome));
            }

            clauses.Add(new CascadeClause(root.Id, root.ClauseRef, root.Title, root.LeadUnitId, await UnitName(root.LeadUnitId), root.DueDate, root.StatusOn(today),
                DocsFor(root.Id), rows));
        }

        return new CascadeResponse(sourceDocumentId ?? roots.FirstOrDefault()?.SourceDocumentId, clauses);
    }
}
