using System.Diagnostics;
using System.Globalization;
using KyCuong.Bench.Shared;
using Npgsql;

namespace KyCuong.SweepBench;

/// <summary>
/// The deadline morning on several nodes (issue 19, docs/performance.md "Notices: deleted on handling, the morning on two
/// nodes"): <c>nodes</c> real host processes (Release) on one copy of the prepared database, the manual clock at the morning
/// after the shared deadline. Node 1 runs the jobs (the sweep first, then the drainer); every node runs the jobs again and
/// again, as their timers would (the sweep's lock lets one node sweep; the drainer runs on every node, claiming with SKIP
/// LOCKED), until the sweep has ended and no notice waits in the outbox. Measured: the time from the start of the first jobs run
/// to the moment every reminder notice is in its inbox (pending notices 0, one inbox entry per reminder, checked), the sweep's
/// own span, and the CPU seconds of each host process and of the PostgreSQL server. E-mail is off (the inbox is measured).
/// </summary>
internal static class MorningMeasure
{
    private const string PendingNotices = """SELECT count(*) FROM sys_outbox WHERE "Topic" = 'notification' AND "ProcessedAtUtc" IS NULL AND "FailedAtUtc" IS NULL""";

    /// <summary>
    /// Polled every 250 ms: whether any notice waits. Counting them each time (up to 700,000 rows) took half a second of the
    /// server's time per poll, a third of its work over the morning, so the count for the peak is taken every 15 s only.
    /// </summary>
    private const string AnyPendingNotice = """SELECT CASE WHEN EXISTS (SELECT 1 FROM sys_outbox WHERE "Topic" = 'notification' AND "ProcessedAtUtc" IS NULL AND "FailedAtUtc" IS NULL) THEN 1 ELSE 0 END""";

    public static async Task RunAsync(string cs, string probeCs, DateTimeOffset morningAfter, int nodes, TextWriter log)
    {
        var inboxBefore = await ScalarAsync(probeCs, "SELECT count(*) FROM ntf_notifications");
        var remindersBefore = await ScalarAsync(probeCs, "SELECT count(*) FROM chs_reminders");
        var settings = new Dictionary<string, string>
        {
            ["Smtp__Enabled"] = "false",
            ["Outbox__MaxBatchesPerRun"] = "1000000",
        };

        // One after the other: each host checks the schema at start.
        var hosts = new List<HostRun>();
        var nodeTasks = new List<Task>();
        try
        {
            for (var i = 0; i < nodes; i++)
            {
                hosts.Add(await HostRun.StartAsync(cs, morningAfter, log, settings));
            }

            var postmaster = await PostgresCpu.PostmasterPidAsync(probeCs);
            var pgCpu0 = PostgresCpu.ServerCpu(postmaster);
            var hostCpu0 = hosts.Select(h => PostgresCpu.ProcessCpu(h.Pid)).ToList();
            var load0 = File.ReadAllText("/proc/loadavg").Trim();
            log.WriteLine($"  {nodes} nodes ready (pids {string.Join(", ", hosts.Select(h => h.Pid))}); load {load0}");

            using var stop = new CancellationTokenSource();
            var wall = Stopwatch.StartNew();
            var runs = new int[nodes];

            // Node 1 starts at once (it takes the sweep); the others start their timers a moment later, as nodes do.
            async Task NodeAsync(int i)
            {
                if (i > 0)
                {
                    await Task.Delay(500);
                }

                while (!stop.IsCancellationRequested)
                {
                    using var r = await hosts[i].Http.PostAsync("/api/v1/system/jobs/run", null);
                    if (!r.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"node {i + 1}: jobs run answered {(int)r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
                    }

                    runs[i]++;
                }
            }

            nodeTasks.AddRange(Enumerable.Range(0, nodes).Select(NodeAsync));
            await using var probe = new NpgsqlConnection(probeCs);
            await probe.OpenAsync();
            TimeSpan? sweepStart = null, sweepEnd = null, done = null;
            long pendingPeak = 0;
            var polls = 0;
            while (done is null)
            {
                if (nodeTasks.FirstOrDefault(t => t.IsFaulted) is { } failed)
                {
                    await failed;
                }

                var outcome = await SweepOutcomeAsync(probe, morningAfter);
                if (outcome == "failed")
                {
                    // A failed sweep sends nothing, and an empty outbox would otherwise read as a morning done in record time.
                    throw new InvalidOperationException("The morning's sweep failed (sys_job_runs has its error); nothing was measured.");
                }

                if (outcome is not null && sweepStart is null)
                {
                    sweepStart = wall.Elapsed;
                }

                if (outcome is not null && outcome != "running" && sweepEnd is null)
                {
                    sweepEnd = wall.Elapsed;
                }

                var pending = await ScalarAsync(probe, AnyPendingNotice);
                if (pending > 0 && polls++ % 60 == 0)
                {
                    pendingPeak = Math.Max(pendingPeak, await ScalarAsync(probe, PendingNotices));
                }

                if (sweepEnd is not null && pending == 0)
                {
                    done = wall.Elapsed;
                }
                else
                {
                    await Task.Delay(250);
                }

                if (wall.Elapsed > TimeSpan.FromMinutes(60))
                {
                    throw new TimeoutException("the morning did not end within an hour");
                }
            }

            var hostCpu = hosts.Select((h, i) => (PostgresCpu.ProcessCpu(h.Pid) - hostCpu0[i]).TotalSeconds).ToList();
            var pgCpu = (PostgresCpu.ServerCpu(postmaster) - pgCpu0).TotalSeconds;
            var load1 = File.ReadAllText("/proc/loadavg").Trim();
            await stop.CancelAsync();

            var reminders = await ScalarAsync(probe, "SELECT count(*) FROM chs_reminders") - remindersBefore;
            var inbox = await ScalarAsync(probe, "SELECT count(*) FROM ntf_notifications") - inboxBefore;
            var reminderEntries = await ScalarAsync(probe, """SELECT count(*) FROM ntf_notifications n JOIN chs_reminders r ON n."SourceKey" = 'chase:' || r."TaskId" || ':' || r."Step" || ':' || r."RecipientUserId" """);
            var failedNotices = await ScalarAsync(probe, """SELECT count(*) FROM sys_outbox WHERE "Topic" = 'notification' AND "ProcessedAtUtc" IS NULL""");
            var left = await ScalarAsync(probe, """SELECT count(*) FROM sys_outbox WHERE "Topic" = 'notification'""");
            log.WriteLine($"  sweep: started at {Seconds(sweepStart)} s, ended at {Seconds(sweepEnd)} s ({Seconds(sweepEnd - sweepStart)} s); pending notices at most {pendingPeak:N0} when counted (every 15 s)");
            log.WriteLine($"  every notice in its inbox at {done!.Value.TotalSeconds:F1} s after the first jobs run began (polled every 250 ms); jobs runs per node: {string.Join(", ", runs)}");
            log.WriteLine($"  reminders +{reminders:N0}; inbox entries +{inbox:N0}, of them for the reminders {reminderEntries:N0}; notices left in the outbox {left:N0} (waiting or failed {failedNotices:N0})");
            log.WriteLine($"  CPU: hosts {string.Join(" + ", hostCpu.Select(c => c.ToString("F1", CultureInfo.InvariantCulture)))} s, PostgreSQL {pgCpu:F1} s; load before {load0}, after {load1}");
            log.WriteLine($"=> {nodes} nodes: {reminders:N0} reminders from the sweep's start to the last inbox entry in {(done.Value - (sweepStart ?? TimeSpan.Zero)).TotalSeconds:F1} s "
                + $"({inbox / done.Value.TotalSeconds:N0} inbox notices/s over the whole morning)");
            if (reminders == 0 || reminderEntries != reminders || left != 0)
            {
                throw new InvalidOperationException("Not every reminder became exactly one inbox entry.");
            }
        }
        finally
        {
            // The nodes' last jobs runs (the audit sealer may still be chaining the morning's audit rows) end with their processes.
            foreach (var h in hosts)
            {
                await h.DisposeAsync();
            }

            foreach (var t in nodeTasks)
            {
                try
                {
                    await t;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException or ObjectDisposedException)
                {
                }
            }
        }
    }

    private static string Seconds(TimeSpan? t) => t is null ? "?" : t.Value.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);

    private static async Task<string?> SweepOutcomeAsync(NpgsqlConnection probe, DateTimeOffset morningAfter)
    {
        await using var cmd = new NpgsqlCommand("""SELECT "Outcome" FROM sys_job_runs WHERE "Name" = @n AND "StartedAtUtc" >= @at ORDER BY "Id" LIMIT 1""", probe);
        cmd.Parameters.AddWithValue("n", SweepMeasure.JobName);
        cmd.Parameters.AddWithValue("at", morningAfter.UtcDateTime);
        return (string?)await cmd.ExecuteScalarAsync();
    }

    private static async Task<long> ScalarAsync(string cs, string sql)
    {
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync();
        return await ScalarAsync(conn, sql);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn) { CommandTimeout = 600 };
        return Convert.ToInt64(await cmd.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
