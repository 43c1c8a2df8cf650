using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Platform.Jobs;

/// <summary>
/// Runs every registered job once, each under its named lock (a job already running elsewhere is skipped) and in its
/// own DI scope, and records the run (start, end, items handled and failed, outcome, error). A failing job does not stop the others.
/// </summary>
internal sealed class JobRunner(IServiceScopeFactory scopes, IJobLock locks, TimeProvider clock, ILogger<JobRunner> logger, Telemetry.JobMetrics metrics)
{
    private static readonly string Node = $"{Environment.MachineName}/{Environment.ProcessId}";

    public async Task<JobRunResult> RunAllAsync(CancellationToken ct)
    {
        var outcomes = new List<JobOutcome>();
        (string Name, bool OneNode)[] jobs;
        await using (var scope = scopes.CreateAsyncScope())
        {
            jobs = scope.ServiceProvider.GetServices<IBackgroundJob>().OrderBy(j => j.Order).Select(j => (j.Name, j.OneNodeAtATime)).ToArray();
        }

        foreach (var (name, oneNode) in jobs)
        {
            // A job safe on several nodes at once runs without the lock (IBackgroundJob.OneNodeAtATime).
            await using var held = oneNode ? await locks.TryAcquireAsync(name, ct) : NotLocked.Instance;
            if (held is null)
            {
                logger.LogDebug("Job {Job} is running on another node; skipped", name);
                outcomes.Add(new JobOutcome(name, 0));
                continue;
            }

            var run = await RunOneAsync(name, ct);
            outcomes.Add(new JobOutcome(name, run.Items, run.Failed, run.Error));
        }

        return new JobRunResult(outcomes);
    }

    private async Task<JobRun> RunOneAsync(string name, CancellationToken ct)
    {
        var started = clock.GetTimestamp();
        using var span = Telemetry.Tracing.Source.StartActivity("job " + name);
        span?.SetTag("kycuong.job", name);
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
            var report = scope.ServiceProvider.GetRequiredService<JobRunReport>();
            try
            {
                var job = scope.ServiceProvider.GetServices<IBackgroundJob>().First(j => j.Name == name);
                run.Items = await job.RunAsync(ct);
                run.Outcome = report.Failed == 0 ? "succeeded" : "partial";
                // Every job runs every 30 s; a run that found nothing to do is routine and would flood the log at Information.
                logger.Log(run.Items > 0 ? LogLevel.Information : LogLevel.Debug, "Job {Job} handled {Count} items", name, run.Items);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                run.Outcome = "failed";
                run.Error = ex.Message;
                logger.LogError(ex, "Job {Job} failed", name);
            }

            run.Failed = report.Failed;
            if (report.Failed > 0)
            {
                // Truthful: each skipped item is named (up to a limit) so an administrator can correct it.
                var described = string.Join("\n", report.Failures);
                var more = report.Failed > report.Failures.Count ? $"\n… và {report.Failed - report.Failures.Count} mục khác. / … and {report.Failed - report.Failures.Count} more." : "";
                run.Error = (run.Error is null ? "" : run.Error + "\n") + $"{report.Failed} mục bị bỏ qua, cần quản trị viên xử lý / items skipped, for an administrator:\n{described}{more}";
                logger.LogError("Job {Job} skipped {Failed} items: {Failures}", name, report.Failed, described);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            run.Outcome = "failed";
            run.Error = ex.Message;
            logger.LogError(ex, "Job {Job} failed", name);
        }

        if (run.Error is { Length: > 4000 })
        {
            run.Error = run.Error[..4000];
        }

        run.EndedAtUtc = clock.GetUtcNow().UtcDateTime;
        // Items, duration and lag per job for /metrics (docs/operations.md).
        metrics.Record(name, run.Outcome, run.Items, clock.GetElapsedTime(started));
        span?.SetTag("kycuong.job.items", run.Items);
        span?.SetTag("kycuong.job.outcome", run.Outcome);
        if (run.Outcome == "failed")
        {
            span?.SetStatus(global::System.Diagnostics.ActivityStatusCode.Error, run.Error);
        }
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.JobRuns.Update(run);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return run;
    }

    private sealed class NotLocked : IAsyncDisposable
    {
        public static readonly NotLocked Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
