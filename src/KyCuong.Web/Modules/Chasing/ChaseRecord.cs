using KyCuong.Web.Modules.Chasing.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Chasing;

/// <summary>Chasing's side of <see cref="IChaseRecord"/>, on the (RecipientUserId, AtUtc) index of the reminders.</summary>
internal sealed class ChaseRecord(AppDbContext db) : IChaseRecord
{
    public async Task<IReadOnlyList<CountedReminder>> CountedRemindersAsync(IReadOnlyCollection<Guid> userIds, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.ChaseReminders.AsNoTracking()
            .Where(r => ids.Contains(r.RecipientUserId) && r.Counts && r.AtUtc >= fromUtc && r.AtUtc < toUtc)
            .Select(r => new CountedReminder(r.TaskId, r.RecipientUserId, r.Kind, r.AtUtc)).ToListAsync(ct);
        return rows.OrderBy(r => r.AtUtc).ToList();
    }

    public async Task<IReadOnlyList<TransferFlagFact>> FlagsAsync(IReadOnlyCollection<Guid> userIds, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var rows = await db.ChaseFlags.AsNoTracking()
            .Where(f => ids.Contains(f.UserId) && f.RaisedAtUtc < toUtc && (f.ClearedAtUtc == null || f.ClearedAtUtc >= fromUtc))
            .Select(f => new TransferFlagFact(f.UserId, f.RaisedAtUtc, f.Count, f.Threshold, f.ClearedAtUtc, f.ClearReason)).ToListAsync(ct);
        return rows.OrderBy(f => f.RaisedAtUtc).ToList();
    }
}
