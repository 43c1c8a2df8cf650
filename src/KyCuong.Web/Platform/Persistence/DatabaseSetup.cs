using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>The one place that knows which database we run on (ADR 0001: feature code never asks).</summary>
internal static class DatabaseSetup
{
    public const string SqliteMigrationsAssembly = "KyCuong.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "KyCuong.Migrations.Postgres";

    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database, string? connectionString = null)
    {
        connectionString ??= database.ConnectionString;
        switch (database.Provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(connectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                options.UseSqlite(connectionString, o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                // The generated model (scripts/compiled-model.sh; CompiledModelTests keeps it equal to the code's): building the
                // model and compiling 98 entity types' accessors at run time cost the demo's cold start about 1.5 s of CPU
                // (docs/performance.md). PostgreSQL builds its own at run time.
                options.UseModel(CompiledModel.AppDbContextModel.Instance);
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
            if (ReadReplica.Serves(sp, database))
            {
                // A GET of a page or endpoint marked [ReadsFromReplica], in its own request scope: the whole scope reads the
                // replica, tracks nothing, and any save is refused (ReadReplica.Guard) rather than written to a standby.
                Configure(o, database, database.ReadOnlyConnectionString);
                o.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
                o.AddInterceptors(ReadReplica.Guard.Instance);
                return;
            }

            Configure(o, database);
            o.AddInterceptors(sp.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>());
        });
        services.AddScoped<QueryCounter>();
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
        // On a new database EF's migrator reads the history table before creating it and logs that failed read as an error
        // (EF Core 9+, dotnet/efcore#37328; the provider's own existence check did not prevent it on PostgreSQL), which an
        // operator's first start must not show: the table is created first when a catalogue query says it is missing.
        if (!await HistoryTableExistsAsync(db, ct))
        {
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript(), ct);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
        {
            await db.Database.MigrateAsync(ct);
        }

        return pending;
    }

    /// <summary>Whether migrations remain to apply, without the failed read EF logs as an error on a database never migrated.</summary>
    public static async Task<bool> HasPendingMigrationsAsync(AppDbContext db, CancellationToken ct) =>
        !await HistoryTableExistsAsync(db, ct) || (await db.Database.GetPendingMigrationsAsync(ct)).Any();

    private static async Task<bool> HistoryTableExistsAsync(AppDbContext db, CancellationToken ct)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT to_regclass('\"__EFMigrationsHistory\"') IS NOT NULL AS \"Value\""
            : "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory') AS \"Value\"";
        return await db.Database.SqlQueryRaw<bool>(sql).SingleAsync(ct);
    }
}
