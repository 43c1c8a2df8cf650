using KyCuong.Web.Modules.Tasks.GetTask;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Tasks.ReportProgress;

/// <summary>The lead unit, or a coordinating unit for its part, reports progress; each report is an audited step.</summary>
internal sealed class ReportProgressHandler(AppDbContext db, TaskAccess taskAccess, AuditLog audit, TimeProvider clock)
{
    public async Task<TaskActionResponse> HandleAsync(Guid id, ReportProgressRequest request, CancellationToken ct)
    {
        new Validator().Require(request.Note, "note", "Nội dung tiến độ", 4000)
            .Check(request.Percent is null or (>= 0 and <= 100), "percent", "Tỷ lệ hoàn thành từ 0 đến 100. / percent must be 0–100.")
            .ThrowIfInvalid();
        var task = await taskAccess.LoadAsync(id, ct);
        if (!await taskAccess.CanHandleAsync(task, ct) && !await taskAccess.CanCoordinateAsync(task, ct))
        {
            throw new ForbiddenException("Chỉ đơn vị chủ trì hoặc phối hợp được báo cáo tiến độ. / Only the lead or a coordinating unit reports progress.");
        }

        task.ReportProgress(request.Note!.Trim(), request.Percent, clock.GetUtcNow().UtcDateTime);
        audit.Record(TaskAudit.Entity, id, TaskAudit.Progress, new { percent = request.Percent }, request.Note.Trim());
        await db.SaveChangesAsync(ct);
        return new TaskActionResponse(id, task.StatusOn(clock.Today()), GetTaskHandler.StateName(task.State), task.DueDate, task.Version);
    }
}
