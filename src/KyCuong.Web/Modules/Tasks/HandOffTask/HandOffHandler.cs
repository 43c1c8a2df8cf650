using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.GetTask;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.HandOffTask;

/// <summary>
/// docs/domain.md §6 (cá thể hóa trách nhiệm trong từng khâu): each hand-off inside the lead unit records who, to whom, when and the
/// step's own deadline, and closes the previous step. The current holder or a leader of the lead unit hands it on, only to
/// someone holding a position in the lead unit's subtree.
/// </summary>
internal sealed class HandOffHandler(AppDbContext db, TaskAccess taskAccess, IAccessControl access, IUnitDirectory units, OrgPeople people, AuditLog audit,
    TimeProvider clock, ICurrentUser currentUser, TaskNotices notices, ICalendarService calendar)
{
    public async Task<TaskActionResponse> HandleAsync(Guid id, HandOffRequest request, CancellationToken ct)
    {
        new Validator().Check(request.ToUserId is not null && request.ToUserId != Guid.Empty, "toUserId", "Cần chọn người nhận xử lý. / toUserId is required.")
            .MaxLength(request.Note, "note", "Ghi chú", 2000).ThrowIfInvalid();
        var task = await taskAccess.LoadAsync(id, ct);
        await taskAccess.EnsureCanHandleAsync(task, ct);
        task.EnsureOpen();
        if (task.CurrentHolderUserId != currentUser.UserId && !await access.HasAsync(Permission.AssignWork, task.LeadUnitId, ct))
        {
            throw new ForbiddenException("Chỉ người đang xử lý hoặc lãnh đạo đơn vị chủ trì được chuyển xử lý. / Only the current holder or a leader of the lead unit hands off.");
        }

        var today = clock.Today();
        var to = request.ToUserId!.Value;
        var theirUnits = await people.UnitsOfAsync(to, today, ct);
        if (theirUnits.Count == 0 || !await units.Subtree(task.LeadUnitId).AnyAsync(u => theirUnits.Contains(u), ct))
        {
            throw RequestValidationException.For("toUserId", "Người nhận phải là cán bộ của đơn vị chủ trì. / The person must hold a position in the lead unit.");
        }

        if (request.StepDueDate is { } step && (step < today || (task.DueDate is { } due && step > due)))
        {
            throw RequestValidationException.For("stepDueDate",
                "Hạn của bước phải từ hôm nay đến hạn của nhiệm vụ. / The step's deadline must be between today and the task's due date.");
        }

        // Civil Code 2015 art. 148(5): a step's deadline on a day off ends on the next working day (never past the task's own
        // due date, which is a working day itself).
        DateOnly? stepDue = request.StepDueDate is { } asked ? (await calendar.GetAsync(ct)).OnWorkingDay(asked) : null;

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var h in await db.TaskHandoffs.Where(h => h.TaskId == id && h.EndedAtUtc == null).ToListAsync(ct))
        {
            h.End(now);
        }

        var from = task.CurrentHolderUserId;
        task.HandTo(to);
        var handoff = new TaskHandoff(Guid.CreateVersion7(), id, currentUser.UserId, to, now, stepDue, request.Note?.Trim());
        db.TaskHandoffs.Add(handoff);
        var byName = currentUser.UserId is { } me ? (await people.NamesAsync([me], ct)).GetValueOrDefault(me) : null;
        notices.Tell(to, NotificationCategories.HandOff, task, $"xử lý theo phân công của {byName ?? "lãnh đạo đơn vị chủ trì"}",
            $"Bạn được chuyển xử lý nhiệm vụ \"{task.Title}\"", string.IsNullOrWhiteSpace(handoff.Note) ? null : $"Ghi chú: {handoff.Note}",
            $"task-handoff:{handoff.Id}", stepDue);
        audit.Record(TaskAudit.Entity, id, TaskAudit.HandedOff,
            new { fromUserId = from, byUserId = currentUser.UserId, toUserId = to, stepDueDate = stepDue, requestedStepDueDate = stepDue != request.StepDueDate ? request.StepDueDate : null },
            request.Note?.Trim());
        await db.SaveChangesAsync(ct);
        return new TaskActionResponse(id, task.StatusOn(today), GetTaskHandler.StateName(task.State), task.DueDate, task.Version);
    }
}
