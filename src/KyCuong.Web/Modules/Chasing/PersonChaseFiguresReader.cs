using KyCuong.Web.Modules.Chasing.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Chasing;

/// <summary><see cref="IPersonChaseFigures"/> on the (RecipientUserId, AtUtc) index of reminders and the (UserId, RaisedAtUtc) index of flags.</summary>
internal sealed class PersonChaseFiguresReader(AppDbContext db) : IPersonChaseFigures
{
    public async Task<IReadOnlyDictionary<Guid, PersonChaseFigures>> ForPeopleAsync(IReadOnlyCollection<Guid> userIds, DateTime sinceUtc, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, PersonChaseFigures>();
        }

        var counted = (await db.ChaseReminders.AsNoTracking()
                .Where(r => ids.Contains(r.RecipientUserId) && r.Counts && r.AtUtc >= sinceUtc)
                .GroupBy(r => r.RecipientUserId)
                .Select(g => new { UserId = g.Key, Count = g.Count() })
                .ToListAsync(ct))
            .ToDictionary(x => x.UserId, x => x.Count);
        var flagged = (await db.ChaseFlags.AsNoTracking().Where(f => ids.Contains(f.UserId) && f.ClearedAtUtc == null).Select(f => f.UserId).Distinct()
            .ToListAsync(ct)).ToHashSet();
        return ids.ToDictionary(u => u, u => new PersonChaseFigures(u, counted.GetValueOrDefault(u), flagged.Contains(u)));
    }
}
