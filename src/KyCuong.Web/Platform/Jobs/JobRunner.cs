namespace KyCuong.Web.Platform.Jobs;

/// <summary>Runs every registered job once, one at a time, each in its own DI scope.</summary>
public sealed class JobRunner(IServiceScopeFactory scopes, ILogger<JobRunner> logger)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public async Task<JobRunResult> RunAllAsync(CancellationToken ct)
    {
        await Gate.WaitAsync(ct);
        try
        {
            var outcomes = new List<JobOutcome>();
            await using var scope = scopes.CreateAsyncScope();
            foreach (var job in scope.ServiceProvider.GetServices<IBackgroundJob>())
            {
                var processed = await job.RunAsync(ct);
                logger.LogInformation("Job {Job} handled {Count} items", job.Name, processed);
                outcomes.Add(new JobOutcome(job.Name, processed));
            }

            return new JobRunResult(outcomes);
        }
        finally
        {
            Gate.Release();
        }
    }
}
