using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Documents.Contracts;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.GetTask;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Uploads;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.CompleteTask;

/// <summary>
/// The lead unit reports the task done with its result (docs/domain.md §6: done on time or done late by the due date), optionally
/// with the outgoing document that carries it; the assigner is told and the completion waits for the assigning side's review.
/// </summary>
internal sealed class CompleteTaskHandler(AppDbContext db, TaskAccess taskAccess, IDeadlineLedger ledger, AuditLog audit, IDocumentDirectory documents,
    OrgPeople people, INotifier notifier, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task<TaskStatusResponse> HandleAsync(Guid id, CompleteTaskRequest request, CancellationToken ct)
    {
        var v = new Validator().Require(request.Result, "result", "Kết quả thực hiện", 8000);
        var files = AttachmentDecoder.Decode(v, request.Attachments, CompleteTaskRequest.MaxAttachments, CompleteTaskRequest.MaxAttachmentBytes);
        v.ThrowIfInvalid();
        var task = await taskAccess.LoadAsync(id, ct);
        await taskAccess.EnsureCanHandleAsync(task, ct);

        // The result document must be a registered document the caller can see: a made-up id would link the task to nothing.
        if (request.DocumentId is { } documentId && !await documents.IsVisibleAsync(documentId, ct))
        {
            var field = request.ResultDocumentId is null ? "outputDocumentId" : "resultDocumentId";
            throw RequestValidationException.For(field, "Không tìm thấy văn bản kết quả, hoặc bạn không có quyền xem văn bản này. / The result document does not exist or is not visible to you.");
        }

        // The result is carried by a document the unit issues (văn bản đi, NĐ 30/2020 art. 15), not by one it received.
        if (request.DocumentId is { } outputId && (await documents.FindAsync(outputId, ct))?.Direction != "outgoing")
        {
            var field = request.ResultDocumentId is null ? "outputDocumentId" : "resultDocumentId";
            throw RequestValidationException.For(field, "Văn bản kết quả phải là văn bản đi của đơn vị. / The result document must be an outgoing document.");
        }

        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        task.Complete(today, now, request.Result!.Trim().Normalize(), request.DocumentId);
        foreach (var h in await db.TaskHandoffs.Where(h => h.TaskId == id && h.EndedAtUtc == null).ToListAsync(ct))
        {
            h.End(now);
        }

        foreach (var f in files)
        {
            db.TaskAttachments.Add(new TaskAttachment
            {
                Id = Guid.CreateVersion7(), TaskId = id, FileName = f.FileName, ContentType = f.ContentType, Size = f.Content.Length, Sha256 = f.Sha256,
                Content = f.Content, CompletedOn = today, CreatedAtUtc = now, CreatedByUserId = currentUser.UserId,
            });
        }

        // A finished task's deadline is no longer re-computed by a calendar change.
        await ledger.RemoveAsync(TaskAudit.DeadlineOwnerType, id, ct);
        var status = task.StatusOn(today);
        audit.Record(TaskAudit.Entity, id, TaskAudit.Completed,
            new
            {
                completedOn = today, status = TaskStatusPolicy.Name(status), dueDate = task.DueDate, resultDocumentId = request.DocumentId,
                attachments = files.Select(f => new { f.FileName, size = f.Content.Length, f.Sha256 }),
            }, task.Result);

        // docs/domain.md §6 (every step told): the assigner learns of the completion and reviews it.
        var assigner = task.AssignedByUserId ?? (await people.HeadOfAsync(task.AssignerUnitId, today, ct))?.UserId;
        if (assigner is { } a && a != currentUser.UserId)
        {
            notifier.Notify(ResultNotices.CompletionReported(a, task, TaskStatusPolicy.Label(status)));
        }
        await db.SaveChangesAsync(ct);
        return new TaskStatusResponse(status, GetTaskHandler.StateName(task.State), task.DueDate, task.CompletedOn);
    }
}
