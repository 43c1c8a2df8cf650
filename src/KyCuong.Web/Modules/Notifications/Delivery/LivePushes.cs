using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>
/// Live unread counts leave the request or the outbox drainer through a bounded queue and are sent by one background loop,
/// so that neither ever waits on the Redis backplane (docs/operations.md "Several nodes"). When the queue is full the
/// oldest counts go first: a lost push is corrected by the next page load or the hub's <c>Unread()</c> after a reconnect.
/// </summary>
internal sealed class LivePushes(IHubContext<NotificationsHub> hub, IOptions<RedisBackplaneOptions> options, ILogger<LivePushes> logger)
    : BackgroundService
{
    private const int Capacity = 10_000;

    private readonly Channel<(Guid User, int Count, bool Added)> _queue = Channel.CreateBounded<(Guid User, int Count, bool Added)>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private bool _failing;

    /// <summary>Queues a count for the person's open pages; never blocks.</summary>
    public void Enqueue(Guid userId, int count) => _queue.Writer.TryWrite((userId, count, false));

    /// <summary>Queues the number of notices that just reached the person's inbox (their pages add it); never blocks.</summary>
    public void EnqueueAdded(Guid userId, int added) => _queue.Writer.TryWrite((userId, added, true));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timeout = TimeSpan.FromMilliseconds(options.Value.PushTimeoutMilliseconds);
        await foreach (var (user, count, added) in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await hub.Clients.User(user.ToString()).SendAsync(added ? NotificationsHub.UnreadAddedMethod : NotificationsHub.UnreadMethod, count, stoppingToken).WaitAsync(timeout, stoppingToken);
                if (_failing)
                {
                    _failing = false;
                    logger.LogInformation("Live pushes reach their pages again");
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // One warning when pushes start failing (Redis down), not one per notice.
                if (!_failing)
                {
                    _failing = true;
                    logger.LogWarning(ex, "Live pushes are failing (is the Redis backplane down?); notices still land in the inbox");
                }
            }
        }
    }
}
