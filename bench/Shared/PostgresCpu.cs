using System.Globalization;
using Npgsql;

namespace KyCuong.Bench.Shared;

/// <summary>
/// The CPU time of a PostgreSQL server on this machine (linked into the benches that report "per CPU second": the notice
/// drain of KyCuong.WebhookBench, the morning on two nodes of KyCuong.SweepBench, the evaluation bench of KyCuong.LoadTests), so a figure holds on a shared machine.
/// </summary>
internal static class PostgresCpu
{
    /// <summary>The postmaster: the parent of this connection's server process.</summary>
    public static async Task<int> PostmasterPidAsync(string connection)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("SELECT pg_backend_pid()", conn);
        var backend = Convert.ToInt32(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        return ParentOf(backend) ?? throw new InvalidOperationException("PostgreSQL runs elsewhere: its CPU cannot be read here.");
    }

    /// <summary>The server's CPU so far: the postmaster's own and its reaped children's, plus its live children's.</summary>
    public static TimeSpan ServerCpu(int postmaster)
    {
        var (self, reaped) = Stat(postmaster);
        var ticks = self + reaped;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == postmaster)
            {
                continue;
            }

            try
            {
                if (ParentOf(pid) == postmaster)
                {
                    ticks += Stat(pid).Self;
                }
            }
            catch (IOException)
            {
                // gone meanwhile
            }
            catch (UnauthorizedAccessException)
            {
            }
        }

        // USER_HZ is 100 on Linux.
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>The CPU so far of one process of this machine (a host node run by a bench), its reaped children's included.</summary>
    public static TimeSpan ProcessCpu(int pid)
    {
        var (self, reaped) = Stat(pid);
        return TimeSpan.FromSeconds((self + reaped) / 100.0);
    }

    private static int? ParentOf(int pid)
    {
        var ppid = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("PPid:", StringComparison.Ordinal));
        return ppid is null ? null : int.Parse(ppid.AsSpan(5).Trim(), CultureInfo.InvariantCulture);
    }

    private static (long Self, long Reaped) Stat(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

        // Fields 14–17 of proc(5) (utime, stime, cutime, cstime), counted from field 3 here.
        long F(int k) => long.Parse(fields[k - 3], CultureInfo.InvariantCulture);
        return (F(14) + F(15), F(16) + F(17));
    }
}
