using KyCuong.Web.Platform.Persistence;

namespace KyCuong.IntegrationTests.Infrastructure;

/// <summary>A fresh, empty database of one kind.</summary>
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

        var file = Path.Combine(Path.GetTempPath(), $"kycuong-test-{Guid.NewGuid():N}.db");
        return new TestDatabase(provider, $"Data Source={file};Pooling=False", file);
    }

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.Postgres)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
        else if (_file is not null)
        {
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
