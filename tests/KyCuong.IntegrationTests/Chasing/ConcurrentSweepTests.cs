using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Chasing.Sweep;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Chasing;

/// <summary>
/// Two hosts sweep one PostgreSQL database at once, each with several workers and small batches: every step happens exactly
/// once (reminders, audit rows, outbox rows), because batches are claimed with FOR UPDATE SKIP LOCKED.
/// </summary>
[Collection("postgres")]
public sealed class PostgresConcurrentSweepTests(PostgresApp app) : ChasingTestBase<PostgresApp>(app), IClassFixture<PostgresApp>
{
    [Fact]
    public async Task Sweep_TwoHostsAtOnce_EveryStepExactlyOnce()
    {
        const int count = 400;
        var (unitId, _, specialistId, _, _) = await NewUnitAsync("Sở Nội vụ tỉnh An Giang");
        var assigner = await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        var ids = new List<Guid>();
        using (var scope = App.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var at = KyCuongFactory.DefaultNow.UtcDateTime;
            for (var i = 0; i < count; i++)
            {
                var id = Guid.CreateVersion7();
                ids.Add(id);
                db.Tasks.Add(new WorkTask(id, $"Nhiệm vụ quá hạn {i}", null, assigner, null, unitId, specialistId, [], new DateOnly(2026, 1, 20), at, new DateOnly(2026, 2, 2), null));
            }

            await db.SaveChangesAsync(Ct);
        }

        var settings = new Dictionary<string, string?> { ["Chasing:BatchSize"] = "17", ["Chasing:SweepWorkers"] = "3", ["Chasing:SyncPageSize"] = "50" };
        await using var hostA = new KyCuongFactory(App.Factory.Database, demoSeed: true, settings);
        await using var hostB = new KyCuongFactory(App.Factory.Database, demoSeed: true, settings);
        _ = hostA.Server;
        _ = hostB.Server;

        static async Task<int> SweepAsync(KyCuongFactory host)
        {
            await using var scope = host.Services.CreateAsyncScope();
            var job = scope.ServiceProvider.GetServices<IBackgroundJob>().OfType<ChasingSweep>().Single();
            return await job.RunAsync(CancellationToken.None);
        }

        var sent = await Task.WhenAll(SweepAsync(hostA), SweepAsync(hostB), SweepAsync(hostA), SweepAsync(hostB));
        sent.Sum().ShouldBeGreaterThanOrEqualTo(count);

        using (var scope = App.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var reminders = await db.ChaseReminders.Where(r => ids.Contains(r.TaskId)).ToListAsync(Ct);
            reminders.Count.ShouldBe(count);
            reminders.ShouldAllBe(r => r.Step == 1 && r.RecipientUserId == specialistId && r.Counts);
            (await db.AuditEntries.CountAsync(a => ids.Contains(a.EntityId) && a.Action == "chasing.reminder", Ct)).ShouldBe(count);
            var keys = ids.Select(id => $"chase:{id}:1:{specialistId}").ToList();
            (await db.OutboxMessages.CountAsync(m => keys.Contains(m.IdempotencyKey), Ct)).ShouldBe(count);
            (await db.ChaseTallies.SingleAsync(t => t.UserId == specialistId, Ct)).Total.ShouldBe(count);
            (await db.ChaseFlags.CountAsync(f => f.UserId == specialistId, Ct)).ShouldBe(1);
            (await db.ChaseWatches.Where(w => ids.Contains(w.TaskId)).AllAsync(w => w.LastStep == 1 && w.NextStep == 2, Ct)).ShouldBeTrue();
        }

        // Run again: nothing more today.
        (await Task.WhenAll(SweepAsync(hostA), SweepAsync(hostB))).Sum().ShouldBe(0);
    }
}
