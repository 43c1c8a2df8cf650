using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>Migrates the embedded database at start-up (single-node SQLite edition) and runs the seeders.</summary>
internal sealed class StartupInitializer(IServiceScopeFactory scopes, DatabaseOptions database, ILogger<StartupInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (database.ShouldMigrateOnStartup)
        {
            var applied = await DatabaseSetup.MigrateAsync(db, cancellationToken);
            if (applied.Count > 0)
            {
                logger.LogInformation("Applied migrations: {Migrations}", string.Join(", ", applied));
            }
        }

        if ((await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            logger.LogWarning("Cơ sở dữ liệu chưa được migrate; chạy lệnh 'migrate'. / The database has pending migrations: run the migrate verb.");
            return;
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IStartupSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
