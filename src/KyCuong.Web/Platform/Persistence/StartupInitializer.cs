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

        if (await DatabaseSetup.HasPendingMigrationsAsync(db, cancellationToken))
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
        private TimeSpan _jit = global::System.Runtime.JitInfo.GetCompilationTime();
        private long _jitted = global::System.Runtime.JitInfo.GetCompiledMethodCount();

        private static TimeSpan Started(ILogger logger)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            logger.LogDebug(
                "Start-up phases begin after {CpuMs} ms of process CPU, {JitMs} ms of it compiling {Methods} methods (host built, services resolved)",
                (long)cpu.TotalMilliseconds, (long)global::System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds, global::System.Runtime.JitInfo.GetCompiledMethodCount());
            return cpu;
        }

        public void Done(string phase)
        {
            if (!logger.IsEnabled(LogLevel.Debug))
            {
                return;
            }

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var jit = global::System.Runtime.JitInfo.GetCompilationTime();
            var jitted = global::System.Runtime.JitInfo.GetCompiledMethodCount();
            // The JIT's share tells what precompiled (ReadyToRun) code would save; the rest is the work itself.
            logger.LogDebug(
                "Start-up phase {Phase}: {WallMs} ms wall, {CpuMs} ms CPU, {JitMs} ms compiling {Methods} methods",
                phase, _wall.ElapsedMilliseconds, (long)(cpu - _cpu).TotalMilliseconds, (long)(jit - _jit).TotalMilliseconds, jitted - _jitted);
            _wall.Restart();
            _cpu = cpu;
            _jit = jit;
            _jitted = jitted;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
