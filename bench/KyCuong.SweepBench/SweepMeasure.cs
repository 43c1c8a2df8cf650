using System.Diagnostics;
using Npgsql;

namespace KyCuong.SweepBench;

/// <summary>
/// One morning of the real sweep: the host at the morning after the shared deadline, one jobs run. The manual clock
/// does not move while the jobs run, so the <c>sys_job_runs</c> row's own times are equal; the wall time is observed
/// from outside by polling that row every 150 ms (it is inserted when the job starts and updated when it ends), while
/// the host's VmRSS is sampled at the same pace.
/// </summary>
internal static class SweepMeasure
{
    public const string JobName = "chasing.sweep";

    public static async Task RunAsync(string cs, string probeCs, DateTimeOffset morningAfter, TextWriter log)
    {
        var before = await CountsAsync(cs);
        await using var host = await HostRun.StartAsync(cs, morningAfter, log);
        var idle = host.ResidentKiB();
        var wall = Stopwatch.StartNew();
        var call = host.Http.PostAsync("/api/v1/system/jobs/run", null);
        var samples = new List<long>();
        TimeSpan? started = null, ended = null;
        await using var probe = new NpgsqlConnection(probeCs);
        await probe.OpenAsync();
        // Only this run's row (the manual clock stands at the morning after); the audit sealer that runs after the sweep
        // is not waited for once the sweep's row says it ended.
        while (ended is null)
        {
            var rss = host.ResidentKiB();
            await using var cmd = new NpgsqlCommand("""SELECT "Outcome" FROM sys_job_runs WHERE "Name" = @n AND "StartedAtUtc" >= @at ORDER BY "Id" DESC LIMIT 1""", probe);
            cmd.Parameters.AddWithValue("n", JobName);
            cmd.Parameters.AddWithValue("at", morningAfter.UtcDateTime);
            var outcome = (string?)await cmd.ExecuteScalarAsync();
            if (outcome is not null && started is null)
            {
                started = wall.Elapsed;
            }

            if (started is not null && ended is null)
            {
                samples.Add(rss);
                if (outcome != "running")
                {
                    ended = wall.Elapsed;
                }
            }

            if (call.IsCompleted && ended is null)
            {
                ended = wall.Elapsed;
            }

            await Task.Delay(150);
        }

        var total = wall.Elapsed;
        var after = await CountsAsync(cs);
        await using var run = new NpgsqlCommand("""SELECT "Items", "Outcome", coalesce("Error", '') FROM sys_job_runs WHERE "Name" = @n ORDER BY "StartedAtUtc" DESC, "Id" DESC LIMIT 1""", probe);
        run.Parameters.AddWithValue("n", JobName);
        await using (var r = await run.ExecuteReaderAsync())
        {
            if (await r.ReadAsync())
            {
                log.WriteLine($"  {JobName}: {r.GetInt32(0):N0} items, {r.GetString(1)} {r.GetString(2)}");
            }
        }

        samples.Sort();
        var sweep = (ended ?? total) - (started ?? TimeSpan.Zero);
        log.WriteLine($"  sweep wall time ≈ {sweep.TotalSeconds:F1} s (polled every 150 ms)");
        foreach (var (table, n) in after.Where(kv => kv.Value != before.GetValueOrDefault(kv.Key)))
        {
            log.WriteLine($"  {table}: +{n - before.GetValueOrDefault(table):N0} rows");
        }

        if (samples.Count > 0)
        {
            log.WriteLine($"  host VmRSS: idle {idle / 1024} MiB; during the sweep peak {samples[^1] / 1024} MiB, median {samples[samples.Count / 2] / 1024} MiB ({samples.Count} samples)");
        }
    }

    /// <summary>Row counts of the tables the sweep writes: audit, outbox and every table of the chasing module (chs_*).</summary>
    public static async Task<Dictionary<string, long>> CountsAsync(string cs)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        var tables = new List<string> { "sys_audit", "sys_outbox" };
        await using (var cmd = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'chs\\_%' ORDER BY 1", conn))
        await using (var r = await cmd.ExecuteReaderAsync())
        {
            while (await r.ReadAsync())
            {
                tables.Add(r.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var t in tables)
        {
            await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {t}", conn) { CommandTimeout = 600 };
            counts[t] = (long)(await cmd.ExecuteScalarAsync())!;
        }

        return counts;
    }
}
