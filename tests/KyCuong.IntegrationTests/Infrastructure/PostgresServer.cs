using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;

namespace KyCuong.IntegrationTests.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster for the test run: the one test.sh started (PGTEST_CONN), or one started here from the
/// machine's binaries. Each fixture gets its own fresh database in it.
/// </summary>
public static partial class PostgresServer
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static string? _adminConnection;

    /// <summary>Creates a database, empty or as a copy of <paramref name="templateConnection"/>'s database (which must have no open sessions).</summary>
    public static async Task<string> CreateDatabaseAsync(string prefix, string? templateConnection = null)
    {
        var admin = await AdminConnectionAsync();
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)].ToLowerInvariant();
        await using (var conn = new NpgsqlConnection(admin))
        {
            await conn.OpenAsync();
            var template = templateConnection is null ? "" : $" TEMPLATE \"{new NpgsqlConnectionStringBuilder(templateConnection).Database}\"";
            // From PostgreSQL 15 a copy writes every block of the template through the WAL by default (STRATEGY WAL_LOG); the
            // throwaway cluster runs without fsync, so copying the files costs the server about a third of the CPU (0.07 against
            // 0.19 s a copy of the 14 MB demo template, docs/performance.md "The test suite's CPU, fourth pass").
            if (templateConnection is not null && conn.PostgreSqlVersion.Major >= 15)
            {
                template += " STRATEGY = FILE_COPY";
            }

            await using var cmd = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{template}", conn);
            await cmd.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true, MaxPoolSize = 50 }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var conn = new NpgsqlConnection(await AdminConnectionAsync());
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", conn);
        await cmd.ExecuteNonQueryAsync();
    }

    private static async Task<string> AdminConnectionAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_adminConnection is not null)
            {
                return _adminConnection;
            }

            var fromEnv = Environment.GetEnvironmentVariable("PGTEST_CONN");
            if (!string.IsNullOrWhiteSpace(fromEnv))
            {
                return _adminConnection = fromEnv;
            }

            var script = Path.Combine(AppContext.BaseDirectory, "pg-throwaway.sh");
            var psi = new ProcessStartInfo("bash", $"\"{script}\" start") { RedirectStandardOutput = true, RedirectStandardError = true };
            using var p = Process.Start(psi)!;
            var stdout = await p.StandardOutput.ReadToEndAsync();
            var stderr = await p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            if (p.ExitCode != 0)
            {
                throw new InvalidOperationException($"pg-throwaway.sh failed: {stderr}");
            }

            var dir = DirRegex().Match(stdout).Groups[1].Value;
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
                Process.Start(new ProcessStartInfo("bash", $"\"{script}\" stop \"{dir}\"") { UseShellExecute = false })?.WaitForExit(10_000);
            return _adminConnection = ConnRegex().Match(stdout).Groups[1].Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    [GeneratedRegex(@"PGTEST_DIR=(\S+)")]
    private static partial Regex DirRegex();

    [GeneratedRegex(@"PGTEST_CONN='([^']+)'")]
    private static partial Regex ConnRegex();
}
