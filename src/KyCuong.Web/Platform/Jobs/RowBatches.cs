using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Platform.Jobs;

/// <summary>
/// A job's walk over the rows it has to handle, a batch at a time, each row on its own: a row that cannot be handled (its
/// transaction rolled back, so it stays due) is logged, reported for an administrator (<see cref="JobRunReport"/>) and
/// skipped for the rest of this run, and the others go on; it is tried again on the next run.
/// </summary>
internal static class RowBatches
{
    public const int DefaultBatch = 200;

    /// <summary>What handling one row did: whether it moved the walk on (the row is no longer due) and how much it counts.</summary>
    public readonly record struct Outcome(bool Progressed, int Counted);

    /// <param name="due">The next rows due, leaving out the ones skipped in this run, at most <paramref name="batch"/> of them.</param>
    /// <param name="handle">Handles one row in its own unit of work.</param>
    /// <param name="describe">How the report names a row that failed (Vietnamese / English).</param>
    /// <returns>The sum of the rows' counts.</returns>
    public static async Task<int> RunAsync(
        AppDbContext db, JobRunReport report, ILogger logger, Func<IReadOnlyCollection<Guid>, int, CancellationToken, Task<List<Guid>>> due,
        Func<Guid, CancellationToken, Task<Outcome>> handle, Func<Guid, string> describe, CancellationToken ct, int batch = DefaultBatch)
    {
        var counted = 0;
        var skipped = new List<Guid>();
        while (true)
        {
            var ids = await due(skipped, batch, ct);
            var progress = 0;
            foreach (var id in ids)
            {
                try
                {
                    var outcome = await handle(id, ct);
                    progress += outcome.Progressed ? 1 : 0;
                    counted += outcome.Counted;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "{Row}: not handled in this run", describe(id));
                    report.Fail(describe(id), ex);
                    skipped.Add(id);
                    db.ChangeTracker.Clear();
                }
            }

            // A short batch was the last one; a batch where nothing moved on (another host took them all) would come back the same.
            if (ids.Count < batch || progress == 0)
            {
                return counted;
            }
        }
    }
}
