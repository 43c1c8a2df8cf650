using System.Diagnostics;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Safety;

/// <summary>
/// the deadline sweep's effects (reminder, audit row, outbox notice, the watch's next step) are
/// written in one transaction per claimed batch, so a host killed in the middle of a sweep and a second host running
/// the same sweep at the same moment both end with every due step handled exactly once. Real host processes on one
/// PostgreSQL database; the process is SIGKILLed, not stopped.
/// </summary>
[Collection("postgres")]
public sealed class SweepCrashTests
{
    private const int Tasks = 4_000;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HostKilledMidSweep_NextHostFinishes_EveryDueStepHandledExactlyOnce()
    {
        var cs = await PostgresServer.CreateDatabaseAsync("kc_crash");
        try
        {
            await using (var first = await PrepareAsync(cs))
            {
                var run = first.RunJobsAsync(Ct);
                var sw = Stopwatch.StartNew();
                long done;
                while (true)
                {
                    done = await DueTasksSeed.ScalarAsync(cs, """SELECT count(*) FROM chs_reminders WHERE "Step" = 1""", Ct);
                    if (done > 0 || run.IsCompleted)
                    {
                        break;
                    }

                    (sw.Elapsed < TimeSpan.FromSeconds(60)).ShouldBeTrue("the sweep wrote nothing within a minute");
                    await Task.Delay(20, Ct);
                }

                run.IsCompleted.ShouldBeFalse($"the sweep finished before it could be killed ({done} reminders); seed more tasks");
                await first.KillAsync();
                await Should.ThrowAsync<Exception>(run);
                done = await DueTasksSeed.ScalarAsync(cs, """SELECT count(*) FROM chs_reminders WHERE "Step" = 1""", Ct);
                done.ShouldBeInRange(1, Tasks - 1, "killed with some but not all reminders written");
                await AssertConsistentAsync(cs, expectAllDone: false);
            }

            await using (var second = await HostProcess.StartAsync(cs, DueTasksSeed.MorningAfter, Ct))
            {
                await second.RunJobsAsync(Ct);
                await AssertConsistentAsync(cs, expectAllDone: true);

                // A further run the same morning finds nothing due.
                var again = await second.RunJobsAsync(Ct);
                again["chasing.sweep"].ShouldBe(0);
                await AssertConsistentAsync(cs, expectAllDone: true);
            }
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(cs);
        }
    }

    [Fact]
    public async Task TwoHostsSweepAtTheSameMoment_NoEffectHappensTwice()
    {
        var cs = await PostgresServer.CreateDatabaseAsync("kc_twohosts");
        try
        {
            await using var a = await PrepareAsync(cs);
            await using var b = await HostProcess.StartAsync(cs, DueTasksSeed.MorningAfter, Ct);
            var runs = await Task.WhenAll(a.RunJobsAsync(Ct), b.RunJobsAsync(Ct));
            await AssertConsistentAsync(cs, expectAllDone: false);

            // Whichever node took the sweep's lock did the work; the other skipped it or found nothing left. One more run
            // from each finishes anything a node left for later and must not repeat an effect.
            await a.RunJobsAsync(Ct);
            await b.RunJobsAsync(Ct);
            await AssertConsistentAsync(cs, expectAllDone: true);
            (runs[0]["chasing.sweep"] + runs[1]["chasing.sweep"]).ShouldBeGreaterThan(0);
        }
        finally
        {
            await PostgresServer.DropDatabaseAsync(cs);
        }
    }

    /// <summary>
    /// A migrated database with the seeded tasks and their watches planned a week before the due date (no step due yet),
    /// and a ladder whose transfer threshold is out of reach, so each due watch has exactly one effect: its first overdue
    /// reminder to the person answerable for it. Returns the host, its clock moved to the morning after.
    /// </summary>
    private static async Task<HostProcess> PrepareAsync(string cs)
    {
        var host = await HostProcess.StartAsync(cs, DueTasksSeed.WeekBefore, Ct);
        try
        {
            await DueTasksSeed.SeedAsync(cs, Tasks, Ct);
            await DueTasksSeed.OneEffectLadderAsync(cs, Ct);
            var jobs = await host.RunJobsAsync(Ct);
            (await DueTasksSeed.ScalarAsync(cs, "SELECT count(*) FROM chs_watches", Ct)).ShouldBe(Tasks,
                $"jobs {string.Join(", ", jobs)}; runs: {await DueTasksSeed.TextAsync(cs, "SELECT string_agg(\"Name\" || ' ' || \"Outcome\" || ' ' || coalesce(\"Error\", ''), '; ') FROM sys_job_runs", Ct)}; host: {host.Output}");
            (await DueTasksSeed.ScalarAsync(cs, "SELECT count(*) FROM chs_reminders", Ct)).ShouldBe(0);
            await host.SetClockAsync(DueTasksSeed.MorningAfter, Ct);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private static Task AssertConsistentAsync(string cs, bool expectAllDone) => DueTasksSeed.AssertEachDueStepOnceAsync(cs, Tasks, expectAllDone, Ct);
}
