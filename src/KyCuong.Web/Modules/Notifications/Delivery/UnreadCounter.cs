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
    /// The notices of a batch, as one "added" push per person (their pages add it to the badge). No count is read: a person's
    /// unread count after each batch of a national morning re-read most of their inbox every time, for a badge that the page
    /// load and the hub's <c>Unread()</c> after a reconnect render exactly anyway.
    /// </summary>
    public void PushArrivals(IEnumerable<Guid> recipientUserIds)
    {
        foreach (var group in recipientUserIds.GroupBy(id => id))
        {
            pushes.EnqueueAdded(group.Key, group.Count());
        }
    }
}
