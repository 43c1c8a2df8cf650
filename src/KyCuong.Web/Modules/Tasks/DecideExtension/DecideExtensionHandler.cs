using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.RequestExtension;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.DecideExtension;

/// <summary>docs/domain.md §6: the assigner approves or refuses; an approved extension moves the due date and is counted.</summary>
internal sealed class DecideExtensionHandler(
    AppDbContext db, TaskAccess taskAccess, IDeadlineLedger ledger, ICalendarService calendar, AuditLog audit, TimeProvider clock, ICurrentUser currentUser, TaskNotices notices)
{
    public async Task<ExtensionResponse> HandleAsync(Guid id, Guid extensionId, DecideExtensionRequest request, CancellationToken ct)
    {
        new Validator().Check(request.Approve is not null, "approve", "Cần nêu đồng ý hay không. / approve is required.")
            .MaxLength(request.Note, "note", "Ý kiến", 2000)
            .Check(request.Approve != false || !string.IsNullOrWhiteSpace(request.Note), "note",
                "Không đồng ý gia hạn phải nêu lý do. / A refusal needs a reason.")
            .ThrowIfInvalid();
        var task = await taskAccess.LoadAsync(id, ct);
        var extension = await db.TaskExtensions.FirstOrDefaultAsync(e => e.Id == extensionId && e.TaskId == id, ct)
            ?? throw new NotFoundException("Không tìm thấy đề nghị gia hạn. / Extension request not found.");
        await taskAccess.EnsureIsAssignerAsync(task, ct);
        task.EnsureOpen();
        var approve = request.Approve!.Value;
        extension.Decide(approve, currentUser.UserId, clock.GetUtcNow().UtcDateTime, request.Note?.Trim());
        if (approve)
        {
            // Civil Code 2015 art. 148(5): an extended deadline on a day off ends on the next working day.
            task.MoveDueDate((await calendar.GetAsync(ct)).OnWorkingDay(extension.RequestedDueDate), isExtension: true);

            // The new date is the assigner's explicit decision, no longer "N working days from receipt": a calendar
            // re-computation must not move it.
            await ledger.RemoveAsync(TaskAudit.DeadlineOwnerType, id, ct);
        }

        audit.Record(TaskAudit.Entity, id, approve ? TaskAudit.ExtensionApproved : TaskAudit.ExtensionRefused,
            new { extensionId, previousDueDate = extension.PreviousDueDate, requestedDueDate = extension.RequestedDueDate, dueDate = task.DueDate, extensionCount = task.ExtensionCount },
            request.Note?.Trim());
        notices.Tell(extension.RequestedByUserId, NotificationCategories.Extension, task, "quyết định gia hạn",
            approve ? $"Đồng ý gia hạn nhiệm vụ \"{task.Title}\"" : $"Không đồng ý gia hạn nhiệm vụ \"{task.Title}\"",
            (approve ? $"Hạn mới: {TaskNotices.Date(task.DueDate)}." : $"Hạn giữ nguyên: {TaskNotices.Date(task.DueDate)}.")
                + (string.IsNullOrWhiteSpace(request.Note) ? "" : $" Ý kiến: {request.Note.Trim()}"),
            $"task-extension:{extension.Id}:decided");
        await db.SaveChangesAsync(ct);
        return new ExtensionResponse(extension.Id, id, approve ? "approved" : "refused", extension.PreviousDueDate, extension.RequestedDueDate, task.DueDate, task.ExtensionCount);
    }
}
