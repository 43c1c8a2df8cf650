using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Chasing.ClearFlag;

/// <summary>
/// The unit head or the personnel office clears a transfer-review flag with a reason (audited); the count since the last
/// clearing starts again from zero, the total stays.
/// </summary>
internal sealed class ClearFlagHandler(AppDbContext db, ChaseAccess chaseAccess, AuditLog audit, ICurrentUser currentUser, TimeProvider clock)
{
    public async Task HandleAsync(Guid userId, ClearFlagRequest request, CancellationToken ct)
    {
        new Validator().Require(request.Reason, "reason", "Lý do gỡ cờ", 2000).ThrowIfInvalid();
        var unitsOfPerson = await chaseAccess.EnsureCanSeeAsync(userId, ct);
        await chaseAccess.EnsureCanClearAsync(unitsOfPerson, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var affected = await db.ChaseTallies.Where(t => t.UserId == userId && t.FlaggedAtUtc != null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.FlaggedAtUtc, (DateTime?)null).SetProperty(t => t.SinceClear, 0), ct);
        if (affected != 1)
        {
            throw new DomainException("chasing.noFlag", "Cán bộ này không có cờ xem xét điều chuyển. / This person is not flagged.");
        }

        var reason = request.Reason!.Trim();
        foreach (var flag in await db.ChaseFlags.Where(f => f.UserId == userId && f.ClearedAtUtc == null).ToListAsync(ct))
        {
            flag.ClearedAtUtc = now;
            flag.ClearedByUserId = currentUser.UserId;
            flag.ClearReason = reason;
        }

        audit.Record(ChasingAudit.PersonEntity, userId, ChasingAudit.FlagCleared, null, reason);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
