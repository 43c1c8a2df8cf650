using KyCuong.Web.Modules.Documents.ListDocuments;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Documents.GetDocument;

internal sealed class GetDocumentHandler(AppDbContext db, DocumentVisibility visibility, UnitCatalog catalog, ITaskDeadlines taskDeadlines, TimeProvider clock)
{
    public async Task<DocumentDetails> HandleAsync(Guid id, CancellationToken ct)
    {
        var d = await visibility.GetAsync(id, ct);
        var units = (await catalog.AllAsync(ct)).ToDictionary(u => u.Id, u => u.Name);
        string? Name(Guid? unitId) => unitId is { } u && units.TryGetValue(u, out var n) ? n : null;

        var attachments = await db.DocumentAttachments.AsNoTracking().Where(a => a.DocumentId == id).OrderBy(a => a.UploadedAtUtc)
            .Select(a => new { a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, a.UploadedAtUtc }).ToListAsync(ct);
        var tasks = await db.DocumentTasks.AsNoTracking().Where(t => t.DocumentId == id).OrderBy(t => t.CreatedAtUtc).ToListAsync(ct);
        var taskIds = tasks.Select(t => t.TaskId).ToList();

        // The task's lead and due date as they stand now (extensions, re-routing) come from the Tasks module, which owns them.
        var current = await taskDeadlines.FindManyAsync(taskIds, ct);
        var replies = taskIds.Count == 0 ? [] : await db.Documents.AsNoTracking()
            .Where(x => x.ImplementsTaskId != null && taskIds.Contains(x.ImplementsTaskId.Value))
            .Select(x => new { TaskId = x.ImplementsTaskId!.Value, Label = (x.NumberSymbol ?? "") + " " + x.IssuerName }).ToListAsync(ct);

        DirectionInfo? direction = null;
        if (d.DirectedAtUtc is { } at && d.LeadUnitId is { } lead)
        {
            var coordinating = Ids(d.CoordinatingUnitIds);
            direction = new DirectionInfo(VietnamTime.ToVietnam(at), lead, Name(lead), d.LeadUserId, coordinating,
                coordinating.Select(c => Name(c) ?? c.ToString()).ToList(), d.DirectionDueDate, d.DirectionWorkingDays,
                d.DirectionDueDate is null && d.DirectionWorkingDays is null, d.DirectionNote, d.FocalUnitId, Name(d.FocalUnitId));
        }

        var taskInfos = new List<DocumentTaskInfo>(tasks.Count);
        foreach (var t in tasks)
        {
            var found = current.TryGetValue(t.TaskId, out var task);
            var taskLead = found ? task!.LeadUnitId : t.LeadUnitId;
            var taskDue = found ? task!.DueDate : t.DueDate;
            taskInfos.Add(new DocumentTaskInfo(t.TaskId, t.ClauseRef, t.Title, taskLead, Name(taskLead), taskDue,
                replies.Where(r => r.TaskId == t.TaskId).Select(r => r.Label.Trim()).ToList()));
        }

        var summary = ListDocumentsHandler.ToItem(d, clock.Today(), tasks.Count, replies.Select(r => r.Label.Trim()).Distinct().ToList(), Name(d.LeadUnitId));
        return new DocumentDetails(summary, d.IssuerUnitId, d.Place, d.SigningForm, Split(d.Recipients), Split(d.Distribution), d.FullText, d.Series,
            d.ImplementsTaskId, VietnamTime.ToVietnam(d.RegisteredAtUtc), Name(d.RegisteringUnitId), direction,
            attachments.Select(a => new AttachmentInfo(a.Id, a.FileName, a.ContentType, a.Size, a.Sha256, VietnamTime.ToVietnam(a.UploadedAtUtc))).ToList(),
            taskInfos);
    }

    internal static IReadOnlyList<Guid> Ids(string? csv) =>
        string.IsNullOrEmpty(csv) ? [] : csv.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();

    private static List<string> Split(string? lines) => string.IsNullOrEmpty(lines) ? [] : lines.Split('\n').ToList();
}
