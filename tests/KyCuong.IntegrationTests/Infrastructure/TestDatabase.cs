using KyCuong.Web.Platform.Persistence;

namespace KyCuong.IntegrationTests.Infrastructure;

/// <summary>A fresh database of one kind: empty (<see cref="CreateAsync"/>) or a copy of the run's migrated, seeded template (<see cref="FromTemplateAsync"/>).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, string? file)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _file = file;
    }

    private readonly string? _file;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, string prefix = "kc")
    {
        if (provider == DatabaseProvider.Postgres)
        {
            return new TestDatabase(provider, await PostgresServer.CreateDatabaseAsync(prefix), null);
        }

        var file = NewSqliteFile();
        return new TestDatabase(provider, SqliteConnectionString(file), file);
    }

    /// <summary>A fresh database already migrated and seeded (demo world or not), copied from the run's template (<see cref="DatabaseTemplates"/>).</summary>
    public static Task<TestDatabase> FromTemplateAsync(DatabaseProvider provider, string prefix = "kc", bool demoSeed = true) =>
        DatabaseTemplates.CopyAsync(provider, prefix, demoSeed);

    internal static async Task<TestDatabase> CopyPostgresAsync(TestDatabase template, string prefix) =>
        new(DatabaseProvider.Postgres, await PostgresServer.CreateDatabaseAsync(prefix, template.ConnectionString), null);

    internal static TestDatabase CopySqlite(TestDatabase template)
    {
        var file = NewSqliteFile();
        File.Copy(template._file!, file);
        return new TestDatabase(DatabaseProvider.Sqlite, SqliteConnectionString(file), file);
    }

    private static string NewSqliteFile() => Path.Combine(Path.GetTempPath(), $"kycuong-test-{Guid.NewGuid():N}.db");

    // Pooled, as the product runs: opening a SQLite file afresh for every query (re-reading its schema, re-running the pragmas)
    // cost a third of the SQLite integration runner's time. The pool is cleared before the file is copied or deleted.
    private static string SqliteConnectionString(string file) => $"Data Source={file}";

    /// <summary>Closes the pooled connections of this SQLite file, so it can be copied whole or deleted.</summary>
    internal void ClearSqlitePool()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            using var conn = new Microsoft.Data.Sqlite.SqliteConnection(ConnectionString);
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(conn);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
        else if (_file is not null)
        {
            ClearSqlitePool();
            foreach (var f in new[] { _file, _file + "-wal", _file + "-shm", _file + ".audit-checkpoints" })
            {
                try
                {
                    File.Delete(f);
                }
                catch (IOException)
                {
                    // a file still open by a finishing connection is cleaned with the temp folder
                }
            }
        }
    }
}
