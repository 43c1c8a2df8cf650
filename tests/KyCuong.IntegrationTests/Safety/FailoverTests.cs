using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using Npgsql;

namespace KyCuong.IntegrationTests.Safety;

/// <summary>
/// Losing the PostgreSQL primary under load (docs/operations.md, "Several nodes"; docs/performance.md, "Failover: losing
/// the PostgreSQL primary"): a real host process on a primary with a synchronous streaming replica and a multi-host
/// connection string; clients create tasks without pause while the morning's deadline sweep runs; the primary's
/// processes are SIGKILLed mid-sweep and the replica is promoted, as the high-availability manager would. The host follows
/// the new primary without a restart; every write it acknowledged (201) is there exactly once; what failed meanwhile failed
/// as 503 with Retry-After, never 500; and the sweep, run again, ends with every due reminder, its audit row, its outbox
/// notice and its inbox entry exactly once. Runs alone, after the other runners (test.sh), like the sweep crash tests.
/// </summary>
[Collection("postgres")]
public sealed class FailoverTests
{
    private const int DueTasks = 2_000;
    private const int Writers = 4;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PrimaryKilledDuringWritesAndSweep_ReplicaPromoted_NoAcknowledgedWriteLost_EveryEffectOnce()
    {
        await using var pair = await ReplicatedPostgres.StartAsync(Ct);
        var cs = pair.ConnectionString;
        await using var host = await HostProcess.StartAsync(cs, DueTasksSeed.WeekBefore, Ct);
        await DueTasksSeed.SeedAsync(cs, DueTasks, Ct);
        await DueTasksSeed.OneEffectLadderAsync(cs, Ct);
        await host.RunJobsAsync(Ct);
        (await DueTasksSeed.ScalarAsync(cs, "SELECT count(*) FROM chs_watches", Ct)).ShouldBe(DueTasks);
        await host.SetClockAsync(DueTasksSeed.MorningAfter, Ct);
        var lead = Guid.Parse(await DueTasksSeed.TextAsync(cs, """SELECT "Id" FROM org_units WHERE "Name" = 'Sở thử độ bền của đôn đốc'""", Ct));

        // Clients write without pause: unique titles, so what was stored can be counted afterwards.
        var run = Guid.NewGuid().ToString("N")[..8];
        var results = new ConcurrentBag<(TimeSpan Start, TimeSpan End, int Status, string Title, string? RetryAfter)>();
        var clock = Stopwatch.StartNew();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var title = $"Chịu lỗi {run} w{w} #{i}";
                var start = clock.Elapsed;
                int status;
                string? retryAfter = null;
                try
                {
                    using var r = await host.Http.PostAsJsonAsync("/api/v1/tasks",
                        new { title, leadUnitId = lead, coordinatingUnitIds = Array.Empty<Guid>(), dueDate = "2026-12-31" }, CancellationToken.None);
                    status = (int)r.StatusCode;
                    retryAfter = r.Headers.RetryAfter?.ToString();
                }
                catch (HttpRequestException)
                {
                    status = 0;
                }

                results.Add((start, clock.Elapsed, status, title, retryAfter));
                if (status != 201)
                {
                    await Task.Delay(50, CancellationToken.None);
                }
            }
        }, CancellationToken.None)).ToList();

        await WaitUntilAsync(() => results.Count(r => r.Status == 201) >= 20, "writes before the kill");
        var sweep = host.RunJobsAsync(Ct);
        await WaitUntilAsync(async () => sweep.IsCompleted || await DueTasksSeed.ScalarAsync(cs, """SELECT count(*) FROM chs_reminders WHERE "Step" = 1""", Ct) > 0,
            "the sweep's first reminders");
        var sweepDoneBeforeKill = sweep.IsCompleted;
        await pair.KillPrimaryAsync();
        var killedAt = clock.Elapsed;
        var sweepFailed = false;
        try
        {
            await sweep;
        }
        catch (Exception)
        {
            sweepFailed = true;
        }

        // The high-availability manager's decision, taken here after a second (pg_auto_failover's own detection and
        // promotion take about a minute with its default timeouts: docs/performance.md).
        await Task.Delay(1_000, Ct);
        await pair.PromoteReplicaAsync(Ct);
        var promotedAt = clock.Elapsed;
        await WaitUntilAsync(() => results.Any(r => r.Start > promotedAt && r.Status == 201), "a write accepted by the new primary", seconds: 60);
        var back = results.Where(r => r.Start > killedAt && r.Status == 201).Min(r => r.End);
        await Task.Delay(2_000, Ct);
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        // The morning's sweep again, on the new primary, until it has nothing left; then the notices drain to the inboxes.
        await WaitUntilAsync(async () =>
        {
            try
            {
                var jobs = await host.RunJobsAsync(Ct);
                return jobs.GetValueOrDefault("chasing.sweep") == 0 && await DueTasksSeed.ScalarAsync(cs,
                    """SELECT count(*) FROM sys_outbox WHERE "IdempotencyKey" LIKE 'chase:%' AND "ProcessedAtUtc" IS NULL AND "FailedAtUtc" IS NULL""", Ct) == 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return false;
            }
        }, "the sweep and the notices finished on the new primary", seconds: 120);

        var acknowledged = results.Where(r => r.Status == 201).Select(r => r.Title).ToList();
        var failed = results.Where(r => r.Status != 201).ToList();
        var stored = await StoredTitlesAsync(cs, run);
        TestContext.Current.TestOutputHelper?.WriteLine($"writes: {results.Count} ({acknowledged.Count} acknowledged, {failed.Count} failed: " +
            $"{string.Join(", ", failed.GroupBy(f => f.Status).Select(g => $"{g.Count()}×{g.Key}"))}); " +
            $"writes accepted again {(back - killedAt).TotalSeconds:F1} s after the kill ({(back - promotedAt).TotalSeconds:F1} s after the promotion); " +
            $"sweep {(sweepDoneBeforeKill ? "had finished before the kill" : sweepFailed ? "failed at the kill" : "finished despite the kill")}; " +
            $"failed writes stored anyway: {failed.Count(f => stored.ContainsKey(f.Title))}");

        acknowledged.Where(t => !stored.ContainsKey(t)).ShouldBeEmpty("every acknowledged write is on the new primary");
        stored.Where(s => s.Value > 1).ShouldBeEmpty("no write stored twice");
        failed.ShouldNotBeEmpty("the kill fell while clients were writing");
        var log = host.Output;
        var firstError = log.IndexOf("Unhandled error", StringComparison.Ordinal);
        var logged = firstError < 0 ? "" : "; the host logged: " + log[firstError..Math.Min(log.Length, firstError + 3000)];
        failed.Where(f => f.Status != 503 || f.RetryAfter is null).Select(f => f.Status).ShouldBeEmpty("during the outage: 503 with Retry-After, never 500" + logged);
        (back - promotedAt).ShouldBeLessThan(TimeSpan.FromSeconds(30), "the host found the new primary by itself");

        await DueTasksSeed.AssertEachDueStepOnceAsync(cs, DueTasks, expectAllDone: true, Ct);
        (await DueTasksSeed.ScalarAsync(cs, """SELECT count(*) FROM ntf_notifications WHERE "SourceKey" LIKE 'chase:%:1:%'""", Ct))
            .ShouldBe(DueTasks, "one inbox entry per reminder");
    }

    private static async Task<Dictionary<string, long>> StoredTitlesAsync(string cs, string run)
    {
        var stored = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var conn = new NpgsqlConnection(cs);
        await conn.OpenAsync(Ct);
        await using var cmd = new NpgsqlCommand("""SELECT "Title", count(*) FROM task_tasks WHERE "Title" LIKE @prefix GROUP BY 1""", conn);
        cmd.Parameters.AddWithValue("prefix", $"Chịu lỗi {run} %");
        await using var reader = await cmd.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            stored[reader.GetString(0)] = reader.GetInt64(1);
        }

        return stored;
    }

    private static Task WaitUntilAsync(Func<bool> done, string what, int seconds = 90) => WaitUntilAsync(() => Task.FromResult(done()), what, seconds);

    private static async Task WaitUntilAsync(Func<Task<bool>> done, string what, int seconds = 90)
    {
        var sw = Stopwatch.StartNew();
        while (!await done())
        {
            (sw.Elapsed < TimeSpan.FromSeconds(seconds)).ShouldBeTrue($"waited {seconds} s for {what}");
            await Task.Delay(50, Ct);
        }
    }
}
