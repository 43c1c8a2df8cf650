using System.Text.Json;

namespace KyCuong.Web.Platform.Outbox;

/// <summary>
/// One side effect to carry out after the change that caused it has committed (e-mail, live push, inbox entry). It is
/// written in the same transaction as that change, so a rollback or a crash loses neither and doubles neither; the
/// drainer then hands it to the <see cref="IOutboxHandler"/> of its <see cref="Topic"/>, retrying with back-off, and a
/// handler uses <see cref="IdempotencyKey"/> so that a retry after a half-finished attempt has no second effect.
/// </summary>
internal sealed class OutboxMessage
{
    /// <summary>A new message created at <paramref name="nowUtc"/>, its payload serialised as web JSON; not yet tracked.</summary>
    public static OutboxMessage Create(string topic, string idempotencyKey, object payload, DateTime nowUtc, DateTime? availableAtUtc = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Topic = topic,
            IdempotencyKey = idempotencyKey,
            PayloadJson = JsonSerializer.Serialize(payload, payload.GetType(), Outbox.Json),
            CreatedAtUtc = nowUtc,
            AvailableAtUtc = availableAtUtc ?? nowUtc,
        };
    }

    public Guid Id { get; set; }

    /// <summary>Unique: a second message with the same key is the same effect (e.g. <c>chase:{taskId}:{step}:{userId}</c>).</summary>
    public string IdempotencyKey { get; set; } = "";

    /// <summary>Which handler carries it out (e.g. <c>notification</c>).</summary>
    public string Topic { get; set; } = "";

    /// <summary>The handler's input, as JSON.</summary>
    public string PayloadJson { get; set; } = "{}";

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>Not before this instant (back-off after a failure, or a digest's hour).</summary>
    public DateTime AvailableAtUtc { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set once the handler succeeded; the message is then never handled again.</summary>
    public DateTime? ProcessedAtUtc { get; set; }

    /// <summary>Set when the attempts ran out; shown to administrators and retried only by hand.</summary>
    public DateTime? FailedAtUtc { get; set; }
}
