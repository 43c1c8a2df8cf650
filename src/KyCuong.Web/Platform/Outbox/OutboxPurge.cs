using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Platform.Outbox;

/// <summary>
/// Deletes processed messages older than <see cref="OutboxOptions.RetainProcessedDays"/> (e-mails, webhook deliveries and the
/// other topics that keep their processed rows; handled notices leave the outbox at once, <see cref="IOutboxBatchHandler.DeleteWhenDone"/>),
/// so <c>sys_outbox</c> holds what is waiting, failed, or recently done, and the administrators' "processed" count says "kept
/// for N days". Each handler keeps its own record of what it did (the sent e-mail, the webhook delivery's attempts), so a
/// purged row loses nothing but the outbox's trace. Reads through the partial index on processed rows (migration 0076), oldest
/// first, <see cref="Batch"/> rows a statement, at most <see cref="MaxBatchesPerRun"/> a run (the rest on the next run). A batch
/// the database refuses is deleted row by row: a row that still fails is logged, reported in the job run, skipped for the rest
/// of this run and tried again on the next.
/// </summary>
internal sealed class OutboxPurge(
    AppDbContext db, TimeProvider clock, IOptions<OutboxOptions> options, JobRunReport report, ILogger<OutboxPurge> logger) : IBackgroundJob
{
    public const string JobName = "outbox.purge";

    public const int Batch = 5000;

    public const int MaxBatchesPerRun = 200;

    public string Name => JobName;

    /// <summary>After the drainer (which marks messages processed) and before the audit sealer.</summary>
    public int Order => 1010;

    public Task<int> RunAsync(CancellationToken ct) => PurgeAsync(Batch, MaxBatchesPerRun, ct);

    /// <summary>The instant before which a processed message is purged.</summary>
    public static DateTime Cutoff(DateTime nowUtc, OutboxOptions options) => nowUtc.AddDays(-options.RetainProcessedDays);

    internal async Task<int> PurgeAsync(int batch, int maxBatches, CancellationToken ct)
    {
        var before = Cutoff(clock.GetUtcNow().UtcDateTime, options.Value);
        var skipped = new List<Guid>();
        var purged = 0;
        for (var round = 0; round < maxBatches; round++)
        {
            var ids = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.ProcessedAtUtc != null && m.ProcessedAtUtc < before && !skipped.Contains(m.Id))
                .OrderBy(m => m.ProcessedAtUtc).ThenBy(m => m.Id).Select(m => m.Id).Take(batch).ToListAsync(ct);
            if (ids.Count == 0)
            {
                break;
            }

            try
            {
                purged += await DeleteAsync(ids, before, ct);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The batch's statement rolled back: each row again on its own, so one bad row does not hold back the others.
                logger.LogWarning(ex, "Outbox purge of {Count} processed messages failed; deleting them one by one", ids.Count);
                foreach (var id in ids)
                {
                    try
                    {
                        purged += await DeleteAsync([id], before, ct);
                    }
                    catch (Exception one) when (one is not OperationCanceledException)
                    {
                        var what = $"Thư đi đã xử lý / processed outbox message {id}";
                        logger.LogError(one, "{Row}: not purged in this run", what);
                        report.Fail(what, one);
                        skipped.Add(id);
                    }
                }
            }

            if (ids.Count < batch)
            {
                break;
            }
        }

        return purged;
    }

    /// <summary>Deletes the rows that are still processed before the cut-off (an administrator's change in between keeps a row).</summary>
    private Task<int> DeleteAsync(IReadOnlyCollection<Guid> ids, DateTime before, CancellationToken ct) =>
        db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.ProcessedAtUtc != null && m.ProcessedAtUtc < before).ExecuteDeleteAsync(ct);
}
