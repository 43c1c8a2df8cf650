using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>Counts a person's unread notices and queues the count for their open pages (<see cref="LivePushes"/>).</summary>
internal sealed class UnreadCounter(AppDbContext db, LivePushes pushes, ILogger<UnreadCounter> logger)
{
    public Task<int> CountAsync(Guid userId, CancellationToken ct) =>
        db.Notifications.CountAsync(n => n.RecipientUserId == userId && n.ReadAtUtc == null, ct);

    /// <summary>Best effort: a lost push is corrected by the next page load, so it never fails nor waits for the caller.</summary>
    public async Task PushAsync(Guid userId, CancellationToken ct)
    {
        try
        {
            pushes.Enqueue(userId, await CountAsync(userId, ct));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not count the unread notices of {User}", userId);
        }
    }

    /// <summary>
    /// One count per person however often they appear (a batch of notices), all in one grouped read; best effort like
    /// <see cref="PushAsync"/>. A person with nothing unread is pushed 0.
    /// </summary>
    public async Task PushManyAsync(IEnumerable<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        try
        {
            var counts = await db.Notifications.Where(n => ids.Contains(n.RecipientUserId) && n.ReadAtUtc == null)
                .GroupBy(n => n.RecipientUserId).Select(g => new { User = g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.User, x => x.Count, ct);
            foreach (var id in ids)
            {
                pushes.Enqueue(id, counts.GetValueOrDefault(id));
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not count the unread notices of {Count} people", ids.Count);
        }
    }
}
