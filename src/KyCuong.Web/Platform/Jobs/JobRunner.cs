using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Platform.Jobs;

/// <summary>
/// Runs every registered job once, each under its named lock (a job already running elsewhere is skipped) and in its
/// own DI scope, and records the run (start, end, items, outcome, error). A failing job does not stop the others.
/// </summary>
public sealed class JobRunner(IServiceScopeFactory scopes, IJobLock locks, TimeProvider clock, ILogger<JobRunner> logger, Telemetry.JobMetrics metrics)
{
    private static readonly string Node = $"{Environment.MachineName}/{Environment.ProcessId}";

    public async Task<JobRunResult> RunAllAsync(CancellationToken ct)
    {
        var outcomes = new List<JobOutcome>();
        string[] names;
        await using (var scope = scopes.CreateAsyncScope())
        {
            names = scope.ServiceProvider.GetServices<IBackgroundJob>().OrderBy(j => j.Order).Select(j => j.Name).ToArray();
        }

        foreach (var name in names)
        {
            await using var held = await locks.TryAcquireAsync(name, ct);
            if (held is null)
            {
                logger.LogInformation("Job {Job} is running on another node; skipped", name);
                outcomes.Add(new JobOutcome(name, 0));
                continue;
            }

            outcomes.Add(new JobOutcome(name, await RunOneAsync(name, ct)));
        }

        return new JobRunResult(outcomes);
    }

    private async Task<int> RunOneAsync(string name, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        var run = new JobRun { Id = Guid.CreateVersion7(), Name = name, Node = Node, StartedAtUtc = clock.GetUtcNow().UtcDateTime };
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(ct);
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var job = scope.ServiceProvider.GetServices<IBackgroundJob>().First(j => j.Name == name);
            run.Items = await job.RunAsync(ct);
            run.Outcome = "succeeded";
            logger.LogInformation("Job {Job} handled {Count} items", name, run.Items);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            run.Outcome = "failed";
            run.Error = ex.Message.Length > 4000 ? ex.Message[..4000] : ex.Message;
            logger.LogError(ex, "Job {Job} failed", name);
        }

        run.EndedAtUtc = clock.GetUtcNow().UtcDateTime;
        // Items, duration and lag per job for /metrics (docs/operations.md).
        metrics.Record(name, run.Outcome, run.Items, clock.GetElapsedTime(started));
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.JobRuns.Update(run);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return run.Items;
    }
}
