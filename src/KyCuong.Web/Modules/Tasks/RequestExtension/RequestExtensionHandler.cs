using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.RequestExtension;

/// <summary>docs/domain.md §6: an extension is requested before the deadline with a reason; one request waits for the assigner at a time.</summary>
internal sealed class RequestExtensionHandler(AppDbContext db, TaskAccess taskAccess, ICalendarService calendar, AuditLog audit, TimeProvider clock, ICurrentUser currentUser, TaskNotices notices)
{
    public async Task<ExtensionResponse> HandleAsync(Guid id, RequestExtensionRequest request, CancellationToken ct)
    {
        new Validator().Require(request.Reason, "reason", "Lý do gia hạn", 2000)
            .Check(request.NewDueDate is not null ^ request.WorkingDays is not null, "newDueDate",
                "Nêu hạn mới theo ngày hoặc theo số ngày làm việc (một trong hai). / Give either newDueDate or workingDays.")
            .Check(request.WorkingDays is null or (>= 1 and <= TaskAssignments.MaxWorkingDays), "workingDays",
                $"Số ngày làm việc phải từ 1 đến {TaskAssignments.MaxWorkingDays}. / workingDays out of range.")
            .ThrowIfInvalid();
        var task = await taskAccess.LoadAsync(id, ct);
        await taskAccess.EnsureCanHandleAsync(task, ct);
        task.EnsureOpen();
        var today = clock.Today();
        if (task.DueDate is not { } due)
        {
            throw new DomainException("task.noDeadline", "Nhiệm vụ thường xuyên không có hạn để gia hạn. / A standing task has no deadline to extend.");
        }

        // Only before the deadline: the due date itself still counts (the period ends at the end of its last day).
        if (today > due)
        {
            throw new DomainException("task.extensionAfterDeadline",
                $"Chỉ được đề nghị gia hạn trước khi hết hạn ({due:dd/MM/yyyy}). / An extension must be requested before the deadline.");
        }

        if (await db.TaskExtensions.AnyAsync(e => e.TaskId == id && e.State == ExtensionState.Pending, ct))
        {
            throw new DomainException("task.extensionPending", "Đã có đề nghị gia hạn đang chờ xem xét. / An extension request is already pending.");
        }

        var requested = request.NewDueDate ?? (await calendar.GetAsync(ct)).DueAfterWorkingDays(due, request.WorkingDays!.Value);
        if (requested <= due)
        {
            throw RequestValidationException.For("newDueDate", "Hạn mới phải sau hạn hiện tại. / The new due date must be after the current one.");
        }

        var extension = new TaskExtension(Guid.CreateVersion7(), id, currentUser.UserId, clock.GetUtcNow().UtcDateTime, request.Reason!.Trim(), due, requested);
        db.TaskExtensions.Add(extension);
        audit.Record(TaskAudit.Entity, id, TaskAudit.ExtensionRequested, new { extensionId = extension.Id, previousDueDate = due, requestedDueDate = requested },
            extension.Reason);
        notices.Tell(await notices.AssignerAsync(task, ct), NotificationCategories.Extension, task, "đề nghị gia hạn, chờ quyết định",
            $"Đề nghị gia hạn nhiệm vụ \"{task.Title}\"",
            $"Đề nghị gia hạn đến {TaskNotices.Date(requested)}. Lý do: {extension.Reason}", $"task-extension:{extension.Id}:requested");
        await db.SaveChangesAsync(ct);
        return new ExtensionResponse(extension.Id, id, "pending", due, requested, task.DueDate, task.ExtensionCount);
    }
}
