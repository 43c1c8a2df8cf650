using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Consultations;

/// <summary>
/// docs/domain.md §7: a deadline once given is a stored date; only an administrator's explicit, audited re-computation moves it.
/// A consultation whose period has already been handled (deemed agreements issued) keeps its date.
/// </summary>
internal sealed class ConsultationDeadlineOwner(AppDbContext db, AuditLog audit) : IDeadlineOwner
{
    public string OwnerType => ConsultationAudit.DeadlineOwnerType;

    public async Task ApplyAsync(Guid ownerId, DateOnly newDue, CancellationToken ct)
    {
        var c = await db.Consultations.FirstOrDefaultAsync(x => x.Id == ownerId, ct);
        if (c?.Recompute(newDue) is not { } previous)
        {
            return;
        }
        audit.Record(ConsultationAudit.Entity, c.Id, ConsultationAudit.DeadlineRecomputed, new { previousDueDate = previous, dueDate = newDue },
            "Tính lại theo lịch làm việc mới (quản trị viên). / Re-computed under the new working calendar.");
    }
}
