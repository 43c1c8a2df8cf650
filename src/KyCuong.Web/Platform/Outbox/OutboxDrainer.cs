using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Platform.Outbox;

/// <summary>
/// Carries out the side effects written to <c>sys_outbox</c>: claims due messages in batches (<see cref="OutboxClaim"/>),
/// hands each to the <see cref="IOutboxHandler"/> of its topic in its own DI scope, then marks it processed; a failure
/// counts an attempt, keeps the error and waits (1, 2, 4 … minutes) before the next try, and after
/// <see cref="OutboxOptions.MaxAttempts"/> the message is failed and waits for an administrator. One message's failure
/// never stops the batch. Runs after the modules' jobs (which enqueue) and before the audit sealer.
/// </summary>
internal sealed class OutboxDrainer(
    IServiceScopeFactory scopes, DatabaseKind database, TimeProvider clock, IOptionsSnapshot<OutboxOptions> settings, JobRunReport report, ILogger<OutboxDrainer> logger) : IBackgroundJob
{
    public const string JobName = "outbox.drain";

    public string Name => JobName;

    public int Order => 1000;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var options = settings.Value;
        var handled = 0;
        for (var batch = 0; batch < options.MaxBatchesPerRun; batch++)
        {
            IReadOnlyList<Guid> claimed;
            var now = clock.GetUtcNow().UtcDateTime;

            // Whole milliseconds, so the value reads back exactly on both databases (PostgreSQL keeps microseconds, .NET ticks).
            var leaseEnd = new DateTime((now + options.Lease).Ticks / TimeSpan.TicksPerMillisecond * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);
            await using (var scope = scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                claimed = await OutboxClaim.ClaimAsync(db, database, now, leaseEnd, Math.Max(1, options.BatchSize), ct);
            }

            if (claimed.Count == 0)
            {
                break;
            }

            using var span = Telemetry.Tracing.Source.StartActivity("outbox batch");
            span?.SetTag("kycuong.outbox.claimed", claimed.Count);
            var before = handled;
            foreach (var id in claimed)
            {
                if (await HandleOneAsync(id, leaseEnd, options, ct))
                {
                    handled++;
                }
            }

            span?.SetTag("kycuong.outbox.handled", handled - before);
        }

        return handled;
    }

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
            var now = clock.GetUtcNow().UtcDateTime;
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

            await db.SaveChangesAsync(ct);

            // Truthful run record: a message that failed this time is counted and named for the administrator.
            report.Fail($"Thư đi / outbox {message.Topic} {message.Id} (lần / attempt {message.Attempts}{(message.FailedAtUtc is null ? "" : ", dừng thử lại / no more retries")})", error);
        }

        return false;
    }
}
