using KyCuong.Web.Modules.Webhooks.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KyCuong.Web.Modules.Webhooks.Capture;

/// <summary>What the fan-out reads of one captured event (outbox topic <see cref="WebhookTopics.Event"/>).</summary>
internal sealed record WebhookEventPayload(Guid EventId, string Kind, string EntityType, Guid EntityId, DateTime OccurredAtUtc, string? DataJson);

internal static class WebhookTopics
{
    /// <summary>An event to fan out to the subscriptions that want it.</summary>
    public const string Event = "webhook.event";

    /// <summary>One delivery's POST.</summary>
    public const string Delivery = "webhook.delivery";
}

/// <summary>
/// Turns the audit rows of a save into webhook events in the same save (docs/domain.md "Webhooks"): every module already writes
/// one audit row per change in its own transaction (ADR 0004), so no module needs to know webhooks exist, an event goes out only
/// if its change committed, and a rolled-back change sends nothing. The audit row's id is the event's id.
/// </summary>
internal sealed class WebhookEventCapture(SubscribedKinds subscribed, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is AppDbContext db && Pending(db) is { Count: > 0 } events)
        {
            Enqueue(db, events, subscribed.Get(db));
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is AppDbContext db && Pending(db) is { Count: > 0 } events)
        {
            Enqueue(db, events, await subscribed.GetAsync(db, cancellationToken));
        }

        return result;
    }

    /// <summary>The added audit rows that stand for an event kind (read without a second change detection: they are Added already).</summary>
    private static List<(AuditEntry Entry, string Kind)> Pending(AppDbContext db)
    {
        var auto = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var list = new List<(AuditEntry, string)>();
            foreach (var e in db.ChangeTracker.Entries<AuditEntry>())
            {
                if (e.State == EntityState.Added && WebhookEvents.FromAudit(e.Entity.EntityType, e.Entity.Action) is { } kind)
                {
                    list.Add((e.Entity, kind));
                }
            }

            return list;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = auto;
        }
    }

    private void Enqueue(AppDbContext db, List<(AuditEntry Entry, string Kind)> events, IReadOnlySet<string> wanted)
    {
        var now = clock.GetUtcNow().UtcDateTime;

        // A save retried after a failure still holds the messages the first try added.
        var tracked = db.ChangeTracker.Entries<OutboxMessage>().Where(m => m.State == EntityState.Added).Select(m => m.Entity.IdempotencyKey).ToHashSet(StringComparer.Ordinal);
        foreach (var (entry, kind) in events)
        {
            if (wanted.Contains(kind) && !tracked.Contains($"hook-event:{entry.Id}"))
            {
                db.OutboxMessages.Add(OutboxMessage.Create(WebhookTopics.Event, $"hook-event:{entry.Id}",
                    new WebhookEventPayload(entry.Id, kind, entry.EntityType, entry.EntityId, entry.AtUtc, entry.DataJson), now));
            }
        }
    }
}
