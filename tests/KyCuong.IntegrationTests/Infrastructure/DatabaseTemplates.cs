using System.Collections.Concurrent;
using KyCuong.Web.Platform.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

[assembly: AssemblyFixture(typeof(KyCuong.IntegrationTests.Infrastructure.DatabaseTemplates.Cleanup))]

namespace KyCuong.IntegrationTests.Infrastructure;

/// <summary>
/// Migrates and seeds a database once per test run and per kind (provider × demo seed on/off), then hands every fixture a
/// copy of it: PostgreSQL <c>CREATE DATABASE … TEMPLATE</c>, SQLite a copy of the checkpointed file. Migrating and seeding
/// the demo world took most of a fixture's start-up; copying takes a fraction of a second. The copy is then started by the
/// real host like any database (migrations and seeders run, find nothing to do), so what the tests see is the same.
/// </summary>
public static class DatabaseTemplates
{
    // One build per kind; the Lazy makes parallel fixtures wait for the first one instead of racing to build it too.
    private static readonly ConcurrentDictionary<(DatabaseProvider Provider, bool DemoSeed), Lazy<Task<TestDatabase>>> Built = new();

    // PostgreSQL refuses to copy a template while another session is connected to it; copies are cheap, so one at a time.
    private static readonly SemaphoreSlim CopyGate = new(1, 1);

    /// <summary>A fresh database, already migrated and seeded as <see cref="KyCuongFactory"/> would (demo world or not).</summary>
    public static async Task<TestDatabase> CopyAsync(DatabaseProvider provider, string prefix, bool demoSeed)
    {
        var lazy = Built.GetOrAdd((provider, demoSeed), key => new Lazy<Task<TestDatabase>>(() => BuildAsync(key.Provider, key.DemoSeed)));
        TestDatabase template;
        try
        {
            template = await lazy.Value;
        }
        catch
        {
            // A failed build (e.g. the server was not up yet) is retried by the next fixture rather than failing them all.
            Built.TryRemove(new KeyValuePair<(DatabaseProvider, bool), Lazy<Task<TestDatabase>>>((provider, demoSeed), lazy));
            throw;
        }

        await CopyGate.WaitAsync();
        try
        {
            return provider == DatabaseProvider.Postgres
                ? await CopyPostgresAsync(template, prefix)
                : TestDatabase.CopySqlite(template);
        }
        finally
        {
            CopyGate.Release();
        }
    }

    private static async Task<TestDatabase> CopyPostgresAsync(TestDatabase template, string prefix)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TestDatabase.CopyPostgresAsync(template, prefix);
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                // A session on the template is still closing (a pooled connection of the host that built it): wait for it.
                ClearPostgresPools();
                await Task.Delay(100);
            }
        }
    }

    private static async Task<TestDatabase> BuildAsync(DatabaseProvider provider, bool demoSeed)
    {
        var template = await TestDatabase.CreateAsync(provider, demoSeed ? "tpl_demo" : "tpl_bare");
        await using (var factory = new KyCuongFactory(template, demoSeed))
        {
            _ = factory.Server;
        }

        if (provider == DatabaseProvider.Postgres)
        {
            // The host has stopped; its idle pooled connections would still count as sessions on the template.
            ClearPostgresPools();
        }
        else
        {
            // Fold the write-ahead log into the file, so the file alone is the whole database (the host's pooled
            // connections closed first, so that none holds the log open).
            template.ClearSqlitePool();
            await using var conn = new SqliteConnection(template.ConnectionString);
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await cmd.ExecuteNonQueryAsync();
        }

        return template;
    }

    /// <summary>Drops the templates when the test assembly has finished.</summary>
    public sealed class Cleanup : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var lazy in Built.Values)
            {
                if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully)
                {
                    await lazy.Value.Result.DisposeAsync();
                }
            }

            Built.Clear();
        }
    }

    /// <summary>
    /// Empties every pool: the host adds its PostgreSQL defaults to the template's connection string (DatabaseOptions), and a
    /// pool is keyed by the whole string, so the pool holding the template's sessions is not the one of the string given here.
    /// Connections in use elsewhere are not cut; they are closed when their host returns them (as PostgresServer's drop does).
    /// </summary>
    private static void ClearPostgresPools() => NpgsqlConnection.ClearAllPools();
}
