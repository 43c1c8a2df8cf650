using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>Counts a person's unread notices and pushes the count to their open pages.</summary>
internal sealed class UnreadCounter(AppDbContext db, IHubContext<NotificationsHub> hub, ILogger<UnreadCounter> logger)
{
    public Task<int> CountAsync(Guid userId, CancellationToken ct) =>
        db.Notifications.CountAsync(n => n.RecipientUserId == userId && n.ReadAtUtc == null, ct);

    /// <summary>Best effort: a lost push is corrected by the next page load, so it never fails the caller.</summary>
    public async Task PushAsync(Guid userId, CancellationToken ct)
    {
        try
        {
            var count = await CountAsync(userId, ct);
            await hub.Clients.User(userId.ToString()).SendAsync(NotificationsHub.UnreadMethod, count, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not push the unread count to {User}", userId);
        }
    }
}
