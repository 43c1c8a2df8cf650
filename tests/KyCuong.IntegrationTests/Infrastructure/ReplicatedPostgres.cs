using System.Diagnostics;
using System.Globalization;
using System.Net.Sockets;
using Npgsql;

namespace KyCuong.IntegrationTests.Infrastructure;

/// <summary>
/// A PostgreSQL primary with one streaming replica, from the machine's server binaries, on loopback: what a
/// high-availability manager (pg_auto_failover in deploy/pg-ha.sh) runs, without the manager, so a test can kill the
/// primary and promote the replica itself at a moment it chooses. Commits are synchronous (the primary answers a commit
/// once the replica has it), as pg_auto_failover configures them: that is what makes "no acknowledged write is lost"
/// hold across a failover (docs/operations.md, "Several nodes": the database).
/// </summary>
internal sealed class ReplicatedPostgres : IAsyncDisposable
{
    private const string Database = "kc_failover";
    private readonly string _dir;
    private readonly string _bin;

    private ReplicatedPostgres(string dir, string bin, int primaryPort, int replicaPort)
    {
        _dir = dir;
        _bin = bin;
        PrimaryPort = primaryPort;
        ReplicaPort = replicaPort;
    }

    public int PrimaryPort { get; }

    public int ReplicaPort { get; }

    /// <summary>
    /// Both servers in one connection string, writes to whichever is primary (Npgsql's multi-host failover), as the
    /// application is configured in production; hosts are re-checked every second instead of Npgsql's default 10 s, so
    /// the replica is found promoted quickly, and a dead server costs a 3 s connect timeout at most.
    /// </summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder
    {
        Host = $"127.0.0.1:{PrimaryPort},127.0.0.1:{ReplicaPort}", Database = Database, Username = "postgres",
        TargetSessionAttributes = "read-write", HostRecheckSeconds = 1, Timeout = 3, MaxPoolSize = 50,
    }.ConnectionString;

    public static async Task<ReplicatedPostgres> StartAsync(CancellationToken ct)
    {
        var bin = Environment.GetEnvironmentVariable("PGTEST_BIN") is { Length: > 0 } b ? b
            : Directory.GetDirectories("/usr/lib/postgresql").OrderBy(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version(0, 0)).Last() + "/bin";
        var dir = Directory.CreateTempSubdirectory("pgpair.").FullName;
        var pair = new ReplicatedPostgres(dir, bin, FreePort(), FreePort());
        try
        {
            await pair.StartServersAsync(ct);
            return pair;
        }
        catch
        {
            await pair.DisposeAsync();
            throw;
        }
    }

    private async Task StartServersAsync(CancellationToken ct)
    {
        if (Environment.UserName == "root")
        {
            await RunAsync("chown", ["postgres:", _dir], ct);
        }

        await RunAsPostgresAsync("initdb", ["-D", $"{_dir}/primary", "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], ct);
        // synchronous_standby_names on the command line only: pg_basebackup copies the configuration files, and a promoted
        // replica that waited for a standby of its own would never commit.
        await RunAsPostgresAsync("pg_ctl", ["-D", $"{_dir}/primary", "-l", $"{_dir}/primary.log", "-w", "-t", "60", "start", "-o",
            $"-c listen_addresses=127.0.0.1 -p {PrimaryPort} -k {_dir} -c wal_level=replica -c max_wal_senders=4 -c fsync=off " +
            "-c synchronous_commit=on -c synchronous_standby_names='*' -c max_connections=150"], ct);
        await RunAsPostgresAsync("pg_basebackup", ["-h", "127.0.0.1", "-p", PrimaryPort.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-D", $"{_dir}/replica", "-R", "-X", "stream", "-c", "fast", "--no-sync"], ct);
        await RunAsPostgresAsync("pg_ctl", ["-D", $"{_dir}/replica", "-l", $"{_dir}/replica.log", "-w", "-t", "60", "start", "-o", $"-c listen_addresses=127.0.0.1 -p {ReplicaPort} -k {_dir} -c fsync=off -c hot_standby=on -c max_connections=150"], ct);

        await using var conn = new NpgsqlConnection($"Host=127.0.0.1;Port={PrimaryPort};Username=postgres;Database=postgres");
        await conn.OpenAsync(ct);
        var sw = Stopwatch.StartNew();
        while (await ScalarAsync(conn, "SELECT count(*) FROM pg_stat_replication WHERE state = 'streaming' AND sync_state = 'sync'", ct) < 1)
        {
            (sw.Elapsed < TimeSpan.FromSeconds(60)).ShouldBeTrue($"the replica did not stream within a minute: {await File.ReadAllTextAsync($"{_dir}/replica.log", ct)}");
            await Task.Delay(100, ct);
        }

        await using var create = new NpgsqlCommand($"CREATE DATABASE {Database}", conn);
        await create.ExecuteNonQueryAsync(ct);
    }

    /// <summary>SIGKILL to the primary's postmaster and every process of it, as when its machine dies: nothing is flushed or closed.</summary>
    public async Task KillPrimaryAsync()
    {
        var postmaster = int.Parse((await File.ReadAllLinesAsync($"{_dir}/primary/postmaster.pid"))[0], CultureInfo.InvariantCulture);
        var children = Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit)).Select(n => int.Parse(n!, CultureInfo.InvariantCulture))
            .Where(pid => ParentOf(pid) == postmaster).ToList();
        foreach (var pid in children.Prepend(postmaster))
        {
            try
            {
                using var p = Process.GetProcessById(pid);
                p.Kill();
            }
            catch (ArgumentException)
            {
                // already gone
            }
        }
    }

    /// <summary>What the high-availability manager does once it has declared the primary dead: the replica becomes the primary.</summary>
    public Task PromoteReplicaAsync(CancellationToken ct) => RunAsPostgresAsync("pg_ctl", ["-D", $"{_dir}/replica", "-w", "-t", "60", "promote"], ct);

    public async ValueTask DisposeAsync()
    {
        foreach (var server in new[] { "primary", "replica" })
        {
            if (File.Exists($"{_dir}/{server}/postmaster.pid"))
            {
                try
                {
                    await RunAsPostgresAsync("pg_ctl", ["-D", $"{_dir}/{server}", "-m", "immediate", "stop"], CancellationToken.None);
                }
                catch (InvalidOperationException)
                {
                    // a killed server is already down
                }
            }
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // left for the temp folder's cleaning
        }
    }

    /// <summary>The server logs, for a failure message.</summary>
    public string Logs() => string.Join("\n", new[] { "primary", "replica" }.Select(s => $"--- {s}\n" + (File.Exists($"{_dir}/{s}.log") ? File.ReadAllText($"{_dir}/{s}.log") : "")));

    private static int? ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection conn, string sql, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private Task RunAsPostgresAsync(string tool, string[] args, CancellationToken ct) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", $"{_bin}/{tool}", .. args], ct)
            : RunAsync($"{_bin}/{tool}", args, ct);

    private static async Task RunAsync(string file, string[] args, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync(ct);
        var stderr = p.StandardError.ReadToEndAsync(ct);
        await p.WaitForExitAsync(ct);
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {p.ExitCode}: {await stderr}{await stdout}");
        }
    }

    private static int FreePort()
    {
        using var l = new TcpListener(System.Net.IPAddress.Loopback, 0);
        l.Start();
        return ((System.Net.IPEndPoint)l.LocalEndpoint).Port;
    }
}
