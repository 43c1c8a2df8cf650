using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>
/// Live unread count at <c>/hubs/notifications</c> for signed-in people (cookie). SignalR's default user id is the
/// <c>NameIdentifier</c> claim, the same one <c>HttpCurrentUser</c> reads, so <c>Clients.User(userId)</c> reaches every tab
/// of that person, on any node when the Redis backplane is configured (<see cref="RedisBackplaneOptions"/>). A lost push
/// (Redis down) is harmless: the badge is rendered from the database on every page load.
/// </summary>
[Authorize]
internal sealed class NotificationsHub(UnreadCounter counter) : Hub
{
    public const string Path = "/hubs/notifications";

    /// <summary>The client method that receives the new unread count.</summary>
    public const string UnreadMethod = "unread";

    /// <summary>
    /// The client method that receives how many notices have just arrived (the badge adds it): the outbox delivers notices in
    /// batches of thousands, and counting every recipient's unread notices after each batch read most of the inbox again and
    /// again on a national morning (docs/performance.md, "The morning's live counts").
    /// </summary>
    public const string UnreadAddedMethod = "unreadAdded";

    /// <summary>The caller's unread count, asked for after a (re)connect so that pushes missed meanwhile do not leave it stale.</summary>
    public async Task<int> Unread() =>
        Guid.TryParse(Context.UserIdentifier, out var me) ? await counter.CountAsync(me, Context.ConnectionAborted) : 0;
}
