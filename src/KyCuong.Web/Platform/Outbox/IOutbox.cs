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

/// <summary>
/// Carries out many messages of one topic at once (webhook deliveries: one read, concurrent sends, one save). The drainer
/// claims up to <see cref="BatchSize"/> messages of <see cref="Topic"/> in one statement, hands them over in one DI scope, and
/// saves the handler's changes together with each message's outcome in one <c>SaveChanges</c>.
/// </summary>
internal interface IOutboxBatchHandler
{
    string Topic { get; }

    /// <summary>How many messages of the topic one claim takes.</summary>
    int BatchSize { get; }

    /// <summary>
    /// True when several batches of the topic may be handled at once on one node (<see cref="OutboxOptions.Drainers"/>, on
    /// PostgreSQL): the handler holds no state across batches and is idempotent on the messages' keys. Batches on other
    /// nodes run at once whatever this says.
    /// </summary>
    bool Parallel => false;

    /// <summary>
    /// True when a handled message leaves the outbox in the batch's transaction instead of being marked processed: the handler
    /// keeps its own record of the effect under the message's key (the notices' inbox entry with its unique source key), so
    /// the outbox row would only be written twice more (the mark, then the purge) and grow the table by a million rows on a
    /// deadline morning (docs/performance.md "Notices: deleted on handling"). Failed attempts stay, as for every topic.
    /// </summary>
    bool DeleteWhenDone => false;

    /// <summary>
    /// Carries out the messages and records their effects in the scope's <c>AppDbContext</c> without saving, or commits them
    /// itself when they are idempotent on the messages' keys (the notices' inbox entries: the drainer's save that marks the
    /// messages done may then be lost to a crash, and the retry adds nothing). The answer holds,
    /// for each message id, null when it is done (never to be handled again) or the error of a failed attempt (retried with
    /// the outbox's back-off). Throwing fails the attempt of every message in the batch.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, string?>> HandleBatchAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken ct);
}
