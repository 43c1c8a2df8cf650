namespace KyCuong.Web.Platform.Outbox;

/// <summary>Writes side effects into the caller's unit of work (the same SaveChanges as the change that causes them).</summary>
internal interface IOutbox
{
    /// <summary>Adds the message to the current <c>AppDbContext</c>; nothing is sent until the caller commits and the drainer runs.</summary>
    void Enqueue(string topic, string idempotencyKey, object payload, DateTime? availableAtUtc = null);

    /// <summary>
    /// Writes prepared messages (<see cref="OutboxMessage.Create"/>) now, inside the caller's open transaction: the bulk path
    /// of batch jobs (PostgreSQL binary COPY; SQLite EF's batched inserts, saving the context's other pending changes too).
    /// </summary>
    Task AppendAsync(IReadOnlyCollection<OutboxMessage> messages, CancellationToken ct);
}

/// <summary>Carries out the messages of one topic. Must be idempotent on <see cref="OutboxMessage.IdempotencyKey"/>.</summary>
internal interface IOutboxHandler
{
    string Topic { get; }

    /// <summary>Carries out the effect; throws to have the message retried later.</summary>
    Task HandleAsync(OutboxMessage message, CancellationToken ct);
}
