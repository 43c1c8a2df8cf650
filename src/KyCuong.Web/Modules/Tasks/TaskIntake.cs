using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Tasks;

/// <summary><see cref="ITaskIntake"/> through the same validation, deadline and audit path as every assignment (TaskAssignments).</summary>
internal sealed class TaskIntake(TaskAssignments assignments, AppDbContext db, TimeProvider clock) : ITaskIntake
{
    public async Task<CreatedTask> OpenForBodyAsync(NewTask task, CancellationToken ct)
    {
        if (task.AssignerUnitId is null || task.CoordinatingUnitIds.Count > 0)
        {
            throw new ArgumentException("A task opened for a body names the body and has no coordinators.", nameof(task));
        }

        var created = (await assignments.AddAsync([task], onBehalfOfBody: true, ct))[0];
        await db.SaveChangesAsync(ct);
        return new CreatedTask(created.Id, created.DueDate, TaskStatusPolicy.Name(created.StatusOn(clock.Today())));
    }
}
