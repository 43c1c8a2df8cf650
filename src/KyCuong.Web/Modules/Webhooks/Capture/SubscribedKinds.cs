using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Webhooks.Capture;

/// <summary>
/// The event kinds at least one active subscription asks for, cached per node: a change that no one subscribed to writes no
/// outbox message at all. This node's own changes to subscriptions clear it at once; other nodes' are seen within the setting.
/// </summary>
internal sealed class SubscribedKinds(TimeProvider clock, IOptionsMonitor<WebhookOptions> options)
{
    private readonly Lock _gate = new();
    private IReadOnlySet<string>? _kinds;
    private DateTimeOffset _readAt;

    public void Invalidate()
    {
        lock (_gate)
        {
            _kinds = null;
        }
    }

    public async Task<IReadOnlySet<string>> GetAsync(AppDbContext db, CancellationToken ct)
    {
        lock (_gate)
        {
            if (_kinds is not null && clock.GetUtcNow() - _readAt < options.CurrentValue.SubscribedKindsCache)
            {
                return _kinds;
            }
        }

        var lists = await db.WebhookSubscriptions.AsNoTracking().Where(s => s.DisabledAtUtc == null).Select(s => s.Events).ToListAsync(ct);
        return Store(lists);
    }

    public IReadOnlySet<string> Get(AppDbContext db)
    {
        lock (_gate)
        {
            if (_kinds is not null && clock.GetUtcNow() - _readAt < options.CurrentValue.SubscribedKindsCache)
            {
                return _kinds;
            }
        }

        var lists = db.WebhookSubscriptions.AsNoTracking().Where(s => s.DisabledAtUtc == null).Select(s => s.Events).ToList();
        return Store(lists);
    }

    private HashSet<string> Store(List<string> lists)
    {
        var kinds = lists.SelectMany(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        lock (_gate)
        {
            _kinds = kinds;
            _readAt = clock.GetUtcNow();
        }

        return kinds;
    }
}
