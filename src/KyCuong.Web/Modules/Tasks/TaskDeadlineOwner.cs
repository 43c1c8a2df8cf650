using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks;

/// <summary>
/// docs/domain.md §7: a deadline once given is a stored date; only an administrator's explicit, audited re-computation moves it.
/// The calendar module calls this in its own unit of work; the task's new date and its audit row commit with the ledger move.
/// </summary>
internal sealed class TaskDeadlineOwner(AppDbContext db, AuditLog audit) : IDeadlineOwner
{
    public string OwnerType => TaskAudit.DeadlineOwnerType;

    public async Task ApplyAsync(Guid ownerId, DateOnly newDue, CancellationToken ct)
    {
        var task = await db.Tasks.FirstOrDefaultAsync(t => t.Id == ownerId, ct);
        if (task is null || task.State == TaskState.Completed || task.DueDate == newDue)
        {
            return;
        }

        var previous = task.DueDate;
        task.MoveDueDate(newDue, isExtension: false);
        audit.Record(TaskAudit.Entity, task.Id, TaskAudit.DeadlineRecomputed, new { previousDueDate = previous, dueDate = newDue },
            "Tính lại theo lịch làm việc mới (quản trị viên). / Re-computed under the new working calendar.");
    }
}
