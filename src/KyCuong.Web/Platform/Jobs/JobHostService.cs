using KyCuong.Web.Platform.Time;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Platform.Jobs;

/// <summary>
/// Runs the registered jobs periodically. With the manual test clock it stays idle: tests run jobs explicitly through
/// <c>POST /api/v1/system/jobs/run</c> so that time moves only when they say so.
/// </summary>
internal sealed class JobHostService(JobRunner runner, IOptions<ClockOptions> clockOptions, IOptions<JobsOptions> options, ILogger<JobHostService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (clockOptions.Value.IsManual || !options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IntervalSeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await runner.RunAllAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Background jobs failed; retrying at the next tick");
            }
        }
    }
}
