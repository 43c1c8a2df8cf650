using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Tasks.GetTask;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Tasks.ReopenTask;

/// <summary>The assigner reopens a completed task whose result is not accepted; the reason is recorded and reopenings counted.</summary>
internal sealed class ReopenTaskHandler(AppDbContext db, TaskAccess taskAccess, AuditLog audit, TimeProvider clock, TaskNotices notices)
{
    public async Task<TaskActionResponse> HandleAsync(Guid id, ReopenTaskRequest request, CancellationToken ct)
    {
        new Validator().Require(request.Reason, "reason", "Lý do mở lại", 2000).ThrowIfInvalid();
        var task = await taskAccess.LoadAsync(id, ct);
        await taskAccess.EnsureIsAssignerAsync(task, ct);
        var completedOn = task.CompletedOn;
        task.Reopen();
        audit.Record(TaskAudit.Entity, id, TaskAudit.Reopened, new { previousCompletedOn = completedOn, reopenCount = task.ReopenCount }, request.Reason!.Trim());
        notices.Tell(await notices.HolderAsync(task, ct), NotificationCategories.TaskReopened, task, "mở lại, tiếp tục xử lý",
            $"Nhiệm vụ \"{task.Title}\" được mở lại", $"Lý do: {request.Reason.Trim()}", $"task-reopened:{id}:{task.ReopenCount}");
        await db.SaveChangesAsync(ct);
        return new TaskActionResponse(id, task.StatusOn(clock.Today()), GetTaskHandler.StateName(task.State), task.DueDate, task.Version);
    }
}
