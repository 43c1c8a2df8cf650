using System.Text.Json;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Platform.Outbox;

internal sealed class Outbox(AppDbContext db, TimeProvider clock) : IOutbox
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Enqueue(string topic, string idempotencyKey, object payload, DateTime? availableAtUtc = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        var now = clock.GetUtcNow().UtcDateTime;
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Topic = topic,
            IdempotencyKey = idempotencyKey,
            PayloadJson = JsonSerializer.Serialize(payload, payload.GetType(), Json),
            CreatedAtUtc = now,
            AvailableAtUtc = availableAtUtc ?? now,
        });
    }
}
