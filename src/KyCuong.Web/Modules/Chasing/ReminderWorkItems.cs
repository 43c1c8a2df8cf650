using KyCuong.Web.Modules.Chasing.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Chasing;

/// <summary>The caller's own reminders (<see cref="IReminderWorkItems"/>), on the (RecipientUserId, AtUtc) index.</summary>
internal sealed class ReminderWorkItems(AppDbContext db, ICurrentUser currentUser) : IReminderWorkItems
{
    public async Task<ReminderWorkList> ReceivedAsync(DateTime sinceUtc, int max, CancellationToken ct)
    {
        if (currentUser.UserId is not { } me)
        {
            return new ReminderWorkList([], 0);
        }

        var q = db.ChaseReminders.AsNoTracking().Where(r => r.RecipientUserId == me && r.AtUtc >= sinceUtc);
        var items = await q.OrderByDescending(r => r.AtUtc).ThenByDescending(r => r.Id).Take(Math.Clamp(max, 0, 200))
            .Select(r => new ReminderWorkItem(r.Id, r.TaskId, r.Kind, r.Counts, r.AtUtc, r.DueDate, r.Note))
            .ToListAsync(ct);
        return new ReminderWorkList(items, await q.CountAsync(ct));
    }
}
