using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>Migrates the embedded database at start-up (single-node SQLite edition) and runs the seeders.</summary>
internal sealed class StartupInitializer(IServiceScopeFactory scopes, DatabaseOptions database, ILogger<StartupInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var phase = new PhaseTimer(logger);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (database.ShouldMigrateOnStartup)
        {
            var applied = await DatabaseSetup.MigrateAsync(db, cancellationToken);
            if (applied.Count > 0)
            {
                logger.LogInformation("Applied migrations: {Migrations}", string.Join(", ", applied));
            }

            phase.Done("migrations");
        }

        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            logger.LogWarning("Cơ sở dữ liệu chưa được migrate; chạy lệnh 'migrate'. / The database has pending migrations: run the migrate verb.");
            return;
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(cancellationToken);
            phase.Done(seeder.GetType().Name);
        }
    }

    /// <summary>
    /// Wall and process CPU time of each start-up phase, at Debug: the cold start with the demo has a budget
    /// (docs/performance.md), and this is how its parts are told apart.
    /// </summary>
    private sealed class PhaseTimer(ILogger logger)
    {
        private readonly Stopwatch _wall = Stopwatch.StartNew();
        private TimeSpan _cpu = Started(logger);

        private static TimeSpan Started(ILogger logger)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            logger.LogDebug("Start-up phases begin after {CpuMs} ms of process CPU (host built, services resolved)", (long)cpu.TotalMilliseconds);
            return cpu;
        }

        public void Done(string phase)
        {
            if (!logger.IsEnabled(LogLevel.Debug))
            {
                return;
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            logger.LogDebug("Start-up phase {Phase}: {WallMs} ms wall, {CpuMs} ms CPU", phase, _wall.ElapsedMilliseconds, (long)(cpu - _cpu).TotalMilliseconds);
            _wall.Restart();
            _cpu = cpu;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
