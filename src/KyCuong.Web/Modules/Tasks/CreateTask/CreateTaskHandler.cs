using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Tasks.CreateTask;

internal sealed class CreateTaskHandler(TaskAssignments assignments, AppDbContext db, TimeProvider clock)
{
    public async Task<CreateTaskResponse> HandleAsync(CreateTaskRequest request, CancellationToken ct)
    {
        var today = clock.Today();
        var v = new Validator()
            .Check(request.LeadUnitId is not null && request.LeadUnitId != Guid.Empty, "leadUnitId",
                "Cần đúng một đơn vị chủ trì. / Exactly one lead unit is required (leadUnitId).")
            // A new task cannot already be past its deadline: the receipt date is today.
            .Check(request.DueDate is null || request.DueDate >= today, "dueDate",
                "Hạn xử lý không được trước ngày giao. / dueDate cannot be before today.");
        var task = new NewTask(request.Title ?? "", request.Description, request.LeadUnitId ?? Guid.Empty, request.LeadUserId, request.CoordinatingUnitIds ?? [],
            request.DueDate, request.WorkingDays, request.SourceDocumentId, request.ClauseRef, request.ParentTaskId,
            string.IsNullOrWhiteSpace(request.RecurringReport) ? null : new RecurringReport(request.RecurringReport), request.AssignerUnitId);
        TaskAssignments.Validate(v, task, "");
        v.ThrowIfInvalid();

        var created = (await assignments.AddAsync([task], ct))[0];
        await db.SaveChangesAsync(ct);
        return new CreateTaskResponse(created.Id, created.DueDate, TaskStatusPolicy.Name(created.StatusOn(today)), created.LeadUnitId, created.LeadUserId,
            created.AssignerUnitId, created.ReceivedOn, TaskAssignments.RequestedDueDate(task, created));
    }
}
