using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Platform.Outbox;

/// <summary>
/// Carries out the side effects written to <c>sys_outbox</c>: claims due messages in batches (<see cref="OutboxClaim"/>),
/// hands each to the <see cref="IOutboxHandler"/> of its topic in its own DI scope, then marks it processed (topics with an
/// <see cref="IOutboxBatchHandler"/> are claimed apart, a batch at a time, and saved once per batch, every success marked by
/// one UPDATE, or deleted by one DELETE when the handler keeps the record itself: the notices); a failure
/// counts an attempt, keeps the error and waits (1, 2, 4 … minutes) before the next try, and after
/// <see cref="OutboxOptions.MaxAttempts"/> the message is failed and waits for an administrator. One message's failure
/// never stops the batch. Runs after the modules' jobs (which enqueue) and before the audit sealer.
/// Several nodes drain at once (the claim is <c>FOR UPDATE SKIP LOCKED</c>, so no job lock), and on PostgreSQL a topic whose
/// batch handler allows it (<see cref="IOutboxBatchHandler.Parallel"/>, the notices) runs <see cref="OutboxOptions.Drainers"/>
/// batches at once on each node.
/// </summary>
internal sealed class OutboxDrainer(
    IServiceScopeFactory scopes, DatabaseKind database, TimeProvider clock, IOptionsSnapshot<OutboxOptions> settings, JobRunReport report, ILogger<OutboxDrainer> logger) : IBackgroundJob
{
    public const string JobName = "outbox.drain";

    public string Name => JobName;

    public int Order => 1000;

    /// <summary>Every node drains: a message is claimed by one drainer only (SKIP LOCKED, then a lease), and handlers are idempotent.</summary>
    public bool OneNodeAtATime => false;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var options = settings.Value;
        IReadOnlyList<(string Topic, int Size, bool Parallel, bool Delete)> batchTopics;
        await using (var scope = scopes.CreateAsyncScope())
        {
            batchTopics = scope.ServiceProvider.GetServices<IOutboxBatchHandler>().Select(h => (h.Topic, Math.Max(1, h.BatchSize), h.Parallel, h.DeleteWhenDone)).ToList();
        }

        var except = batchTopics.Select(t => t.Topic).ToList();
        var handled = 0;
        var batches = 0;

        // Round after round until one claims nothing: a message handled in a round may enqueue others (a captured event fans
        // out into deliveries, a notice into its e-mail), and those go out in the same run. Only batches that claimed
        // something count towards the bound: a topic with nothing waiting costs one cheap claim, not a batch of the budget.
        while (batches < options.MaxBatchesPerRun)
        {
            var claimedInRound = 0;
            foreach (var (topic, size, parallel, delete) in batchTopics)
            {
                if (batches >= options.MaxBatchesPerRun)
                {
                    break;
                }

                // Several batches of the topic at once, each in its own scope and connection: the claims skip each other's rows.
                var lanes = parallel && database.IsPostgres ? Math.Min(options.Drainers, options.MaxBatchesPerRun - batches) : 1;
                (int Claimed, int Handled)[] results = lanes == 1
                    ? [await RunBatchAsync(topic, size, delete, options, ct)]
                    : await Task.WhenAll(Enumerable.Range(0, lanes).Select(_ => Task.Run(() => RunBatchAsync(topic, size, delete, options, ct), ct)));
                foreach (var (claimed, done) in results)
                {
                    batches += claimed > 0 ? 1 : 0;
                    claimedInRound += claimed;
                    handled += done;
                }
            }

            if (batches < options.MaxBatchesPerRun)
            {
                var (claimed, done) = await RunSingleBatchAsync(except, options, ct);
                batches += claimed > 0 ? 1 : 0;
                claimedInRound += claimed;
                handled += done;
            }

            if (claimedInRound == 0)
            {
                break;
            }
        }

        return handled;
    }

    /// <summary>Whole milliseconds, so the value reads back exactly on both databases (PostgreSQL keeps microseconds, .NET ticks).</summary>
    private static DateTime LeaseEnd(DateTime now, OutboxOptions options) =>
        new((now + options.Lease).Ticks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    /// <summary>One batch of the topics without a batch handler, each message in its own scope.</summary>
    private async Task<(int Claimed, int Handled)> RunSingleBatchAsync(IReadOnlyCollection<string> except, OutboxOptions options, CancellationToken ct)
    {
        IReadOnlyList<Guid> claimed;
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseEnd = LeaseEnd(now, options);
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            claimed = await OutboxClaim.ClaimAsync(db, database, now, leaseEnd, Math.Max(1, options.BatchSize), null, except, ct);
        }

        if (claimed.Count == 0)
        {
            return (0, 0);
        }

        using var span = Telemetry.Tracing.Source.StartActivity("outbox batch");
        span?.SetTag("kycuong.outbox.claimed", claimed.Count);
        var handled = 0;
        foreach (var id in claimed)
        {
            if (await HandleOneAsync(id, leaseEnd, options, ct))
            {
                handled++;
            }
        }

        span?.SetTag("kycuong.outbox.handled", handled);
        return (claimed.Count, handled);
    }

    /// <summary>
    /// One batch of a batch handler's topic: one claim answering the messages, the handler, and one save of its changes with
    /// every message's outcome. If the handler or the save throws, every message of the batch counts a failed attempt. With
    /// <paramref name="deleteWhenDone"/> (<see cref="IOutboxBatchHandler.DeleteWhenDone"/>) the successes are deleted, not marked.
    /// </summary>
    private async Task<(int Claimed, int Handled)> RunBatchAsync(string topic, int size, bool deleteWhenDone, OutboxOptions options, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseEnd = LeaseEnd(now, options);
        List<Guid> claimed;
        string error;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

            // The lease end is this drainer's claim token, as in HandleOneAsync; the claim answers the claimed rows untracked
            // (a batch of a thousand tracked messages costs more to save one by one than the work they stand for).
            var messages = await OutboxClaim.ClaimMessagesAsync(db, database, now, leaseEnd, size, topic, ct);
            claimed = messages.ConvertAll(m => m.Id);
            if (claimed.Count == 0)
            {
                return (0, 0);
            }

            using var span = Telemetry.Tracing.Source.StartActivity("outbox batch");
            span?.SetTag("kycuong.outbox.topic", topic);
            span?.SetTag("kycuong.outbox.claimed", claimed.Count);
            try
            {
                var handler = scope.ServiceProvider.GetServices<IOutboxBatchHandler>().Single(h => h.Topic == topic);
                var outcomes = messages.Count == 0 ? new Dictionary<Guid, string?>() : await handler.HandleBatchAsync(messages, ct);
                var finished = clock.GetUtcNow().UtcDateTime;
                var failed = new List<OutboxMessage>();
                var done = new List<Guid>(messages.Count);
                foreach (var m in messages)
                {
                    var outcome = outcomes.TryGetValue(m.Id, out var e) ? e : "Bộ xử lý không trả kết quả. / The handler gave no outcome.";
                    if (outcome is null)
                    {
                        done.Add(m.Id);
                    }
                    else
                    {
                        db.OutboxMessages.Attach(m);
                        RecordFailure(m, outcome, permanent: false, finished, options);
                        failed.Add(m);
                    }
                }

                // The handler's changes, the failures and one UPDATE (or DELETE) of every success, committed together. The lease
                // end is the claim token: a message another drainer took after this one's lease ran out is left to it.
                await using (var tx = await db.Database.BeginTransactionAsync(ct))
                {
                    await db.SaveChangesAsync(ct);
                    if (done.Count > 0)
                    {
                        var mine = db.OutboxMessages
                            .Where(m => done.Contains(m.Id) && m.ProcessedAtUtc == null && m.FailedAtUtc == null && m.AvailableAtUtc == leaseEnd);
                        if (deleteWhenDone)
                        {
                            await mine.ExecuteDeleteAsync(ct);
                        }
                        else
                        {
                            await mine.ExecuteUpdateAsync(u => u.SetProperty(m => m.ProcessedAtUtc, finished).SetProperty(m => m.LastError, (string?)null), ct);
                        }
                    }

                    await tx.CommitAsync(ct);
                }

                foreach (var m in failed)
                {
                    ReportFailure(m);
                }

                span?.SetTag("kycuong.outbox.handled", done.Count);
                return (claimed.Count, done.Count);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox batch of {Count} {Topic} messages failed", claimed.Count, topic);
                error = $"{ex.GetType().Name}: {ex.Message}";
            }
        }

        // A fresh scope: the failed batch may have left unsaved changes in its context.
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var messages = await db.OutboxMessages
                .Where(m => claimed.Contains(m.Id) && m.ProcessedAtUtc == null && m.FailedAtUtc == null && m.AvailableAtUtc == leaseEnd)
                .ToListAsync(ct);
            var at = clock.GetUtcNow().UtcDateTime;
            foreach (var m in messages)
            {
                RecordFailure(m, error, permanent: false, at, options);
            }

            await db.SaveChangesAsync(ct);
            foreach (var m in messages)
            {
                ReportFailure(m);
            }
        }

        return (claimed.Count, 0);
    }

    /// <summary>Counts a failed attempt: back-off (1, 2, 4 … minutes), or failed for good once the attempts are used up.</summary>
    private static void RecordFailure(OutboxMessage message, string error, bool permanent, DateTime now, OutboxOptions options)
    {
        message.Attempts++;
        message.LastError = error.Length > 2000 ? error[..2000] : error;
        if (permanent || OutboxRetryPolicy.IsExhausted(message.Attempts, options.MaxAttempts))
        {
            message.FailedAtUtc = now;
            message.AvailableAtUtc = now;
        }
        else
        {
            message.AvailableAtUtc = now + OutboxRetryPolicy.DelayAfter(message.Attempts);
        }
    }

    /// <summary>Truthful run record: a message that failed this time is counted and named for the administrator.</summary>
    private void ReportFailure(OutboxMessage message) =>
        report.Fail($"Thư đi / outbox {message.Topic} {message.Id} (lần / attempt {message.Attempts}{(message.FailedAtUtc is null ? "" : ", dừng thử lại / no more retries")})",
            message.LastError ?? "");

    /// <summary>
    /// Handles one claimed message; true when it succeeded. The lease end is this drainer's claim token: a message whose
    /// lease ran out and was claimed again by another node carries a later one and is left to that node.
    /// </summary>
    private async Task<bool> HandleOneAsync(Guid id, DateTime leaseEnd, OutboxOptions options, CancellationToken ct)
    {
        string? error;
        var permanent = false;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id && m.ProcessedAtUtc == null && m.FailedAtUtc == null && m.AvailableAtUtc == leaseEnd, ct);
            if (message is null)
            {
                return false;
            }

            var handler = scope.ServiceProvider.GetServices<IOutboxHandler>().FirstOrDefault(h => h.Topic == message.Topic);
            if (handler is null)
            {
                error = $"Không có bộ xử lý cho chủ đề \"{message.Topic}\". / No handler for topic \"{message.Topic}\".";
                permanent = true;
            }
            else
            {
                try
                {
                    await handler.HandleAsync(message, ct);
                    message.ProcessedAtUtc = clock.GetUtcNow().UtcDateTime;
                    message.LastError = null;
                    await db.SaveChangesAsync(ct);
                    return true;
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    logger.LogWarning(ex, "Outbox message {Id} ({Topic}, {Key}) failed", message.Id, message.Topic, message.IdempotencyKey);
                    error = $"{ex.GetType().Name}: {ex.Message}";
                }
            }
        }

        // A fresh scope: the failed handler may have left unsaved or half-saved changes in its context.
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var message = await db.OutboxMessages.FirstAsync(m => m.Id == id, ct);
            RecordFailure(message, error, permanent, clock.GetUtcNow().UtcDateTime, options);
            await db.SaveChangesAsync(ct);
            ReportFailure(message);
        }

        return false;
    }
}
