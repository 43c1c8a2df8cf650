using System.Text.Json;
using System.Text.Json.Nodes;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Webhooks.Capture;
using KyCuong.Web.Modules.Webhooks.Domain;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Webhooks.FanOut;

/// <summary>
/// One captured event becomes one delivery per active subscription that asked for its kind and whose body's subtree holds one of
/// the event's units (docs/domain.md "Webhooks"), each with its own outbox message, in one save. Idempotent: a subscription that
/// already has a delivery for the event gets no second one.
/// </summary>
internal sealed class FanOutHandler(AppDbContext db, EventUnits eventUnits, IUnitDirectory units, IOutbox outbox, TimeProvider clock) : IOutboxHandler
{
    public string Topic => WebhookTopics.Event;

    public async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        var e = JsonSerializer.Deserialize<WebhookEventPayload>(message.PayloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("Sự kiện rỗng. / Empty webhook event.");
        var candidates = (await db.WebhookSubscriptions.AsNoTracking().Where(s => s.DisabledAtUtc == null).ToListAsync(ct))
            .Where(s => s.Wants(e.Kind)).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var about = await eventUnits.OfAsync(e, ct);
        if (about.Count == 0)
        {
            return;
        }

        var ids = candidates.Select(s => s.Id).ToList();
        var already = await db.WebhookDeliveries.AsNoTracking().Where(d => d.EventId == e.EventId && ids.Contains(d.SubscriptionId))
            .Select(d => d.SubscriptionId).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        string? body = null;
        foreach (var s in candidates.Where(s => !already.Contains(s.Id)))
        {
            if (!await units.Subtree(s.UnitId).AnyAsync(u => about.Contains(u), ct))
            {
                continue;
            }

            body ??= Body(e, about);
            var delivery = new WebhookDelivery
            {
                Id = Guid.CreateVersion7(), SubscriptionId = s.Id, EventId = e.EventId, Event = e.Kind, Body = body, CreatedAtUtc = now,
            };
            db.WebhookDeliveries.Add(delivery);
            outbox.Enqueue(WebhookTopics.Delivery, $"hook-delivery:{delivery.Id}:0", new DeliveryPayload(delivery.Id));
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>The JSON every subscription receives for this event (docs/api.md "Webhooks").</summary>
    public static string Body(WebhookEventPayload e, IReadOnlyList<Guid> unitIds)
    {
        var node = new JsonObject
        {
            ["id"] = e.EventId,
            ["event"] = e.Kind,
            ["occurredAt"] = e.OccurredAtUtc,
            ["entity"] = new JsonObject { ["type"] = e.EntityType, ["id"] = e.EntityId },
            ["unitIds"] = new JsonArray(unitIds.Select(u => (JsonNode)JsonValue.Create(u)).ToArray()),
            ["data"] = e.DataJson is null ? null : JsonNode.Parse(e.DataJson),
        };
        return node.ToJsonString(JsonSerializerOptions.Web);
    }
}

/// <summary>The outbox payload of one delivery's POST.</summary>
internal sealed record DeliveryPayload(Guid DeliveryId);
