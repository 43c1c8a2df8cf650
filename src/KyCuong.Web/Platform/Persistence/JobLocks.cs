using System.Collections.Concurrent;
using KyCuong.Web.Platform.Jobs;
using Npgsql;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>
/// PostgreSQL: a session advisory lock on a dedicated connection, released when the connection closes — also when the
/// process dies, so a crashed node never leaves a job locked.
/// </summary>
internal sealed class PostgresJobLock(DatabaseOptions database) : IJobLock
{
    // Outside the pool: closing this connection really ends its session and so releases the lock, even when the explicit unlock
    // failed. Pooled connections are returned without a session reset (DatabaseOptions.WithPostgresDefaults), so a lock left on
    // one would otherwise stay held by whatever request took the connection next.
    private readonly string _connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false }.ConnectionString;

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken ct)
    {
        var conn = new NpgsqlConnection(_connectionString);
        try
        {
            await conn.OpenAsync(ct);
            await using var cmd = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended(@name, 0))", conn);
            cmd.Parameters.AddWithValue("name", "kycuong.job." + name);
            if (await cmd.ExecuteScalarAsync(ct) is true)
            {
                return new Held(conn);
            }
        }
        catch
        {
            await conn.DisposeAsync();
            throw;
        }

        await conn.DisposeAsync();
        return null;
    }

    private sealed class Held(NpgsqlConnection conn) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var cmd = new NpgsqlCommand("SELECT pg_advisory_unlock_all()", conn);
                await cmd.ExecuteNonQueryAsync();
            }
            finally
            {
                await conn.DisposeAsync();
            }
        }
    }
}

/// <summary>Single-node SQLite edition: an in-process lock per job name.</summary>
internal sealed class InProcessJobLock : IJobLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken ct)
    {
        var gate = _locks.GetOrAdd(name, _ => new SemaphoreSlim(1, 1));
        return await gate.WaitAsync(0, ct) ? new Held(gate) : null;
    }

    private sealed class Held(SemaphoreSlim gate) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
