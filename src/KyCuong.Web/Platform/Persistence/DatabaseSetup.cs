using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>The one place that knows which database we run on (ADR 0001: feature code never asks).</summary>
internal static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "KyCuong.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "KyCuong.Migrations.Postgres";

    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database)
    {
        switch (database.Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(database.ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                options.UseSqlite(database.ConnectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                options.AddInterceptors(new SqliteConnectionInterceptor());
                break;
        }

        options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
    }

    public static IServiceCollection AddAppDatabase(this IServiceCollection services, DatabaseOptions database)
    {
        services.AddSingleton(database);
        services.AddSingleton(new DatabaseKind(database.Provider));
        // Modules contribute save interceptors (e.g. the tasks' counters) without the platform knowing them.
        services.AddDbContext<AppDbContext>((sp, o) =>
        {
            Configure(o, database);
            o.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        if (database.Provider == DatabaseProvider.Postgres)
        {
            services.AddSingleton<Jobs.IJobLock, PostgresJobLock>();
        }
        else
        {
            services.AddSingleton<Jobs.IJobLock, InProcessJobLock>();
        }

        return services;
    }

    /// <summary>Applies pending migrations; returns the ids applied.</summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(AppDbContext db, CancellationToken ct)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(ct);
        }

        return pending;
    }
}
