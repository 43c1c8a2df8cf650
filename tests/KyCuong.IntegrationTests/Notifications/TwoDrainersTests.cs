using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KyCuong.IntegrationTests.Notifications;

/// <summary>
/// Two drainers at once on PostgreSQL (two hosts would do this; the job lock is bypassed on purpose): <c>FOR UPDATE SKIP
/// LOCKED</c> claims give every message to exactly one of them, so no inbox entry and no e-mail is doubled. Each drainer also
/// runs <c>Outbox:Drainers</c> batches of notices at once, and the job itself runs on every node (no job lock).
/// </summary>
[Collection("postgres")]
public sealed class PostgresTwoDrainersTests(PostgresNotificationApp app) : NotificationTestBase<PostgresNotificationApp>(app), IClassFixture<PostgresNotificationApp>
{
    [Fact]
    public async Task TwoDrainersAtOnce_EveryMessageHandledOnce()
    {
        var person = await NewPersonAsync();
        const int count = 40;
        for (var i = 0; i < count; i++)
        {
            await NotifyAsync(person.Id, $"Thông báo song song {i}");
        }

        using var scope1 = App.Factory.Services.CreateScope();
        using var scope2 = App.Factory.Services.CreateScope();
        var first = scope1.ServiceProvider.GetServices<KyCuong.Web.Platform.Jobs.IBackgroundJob>().OfType<OutboxDrainer>().Single();
        var second = scope2.ServiceProvider.GetServices<KyCuong.Web.Platform.Jobs.IBackgroundJob>().OfType<OutboxDrainer>().Single();
        var results = await Task.WhenAll(Task.Run(() => first.RunAsync(Ct), Ct), Task.Run(() => second.RunAsync(Ct), Ct));

        using var check = App.Factory.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Notifications.CountAsync(n => n.RecipientUserId == person.Id, Ct)).ShouldBe(count);
        (await db.SentEmails.CountAsync(e => e.RecipientUserId == person.Id, Ct)).ShouldBe(count);
        var mails = App.Sink.To(person.Email!);
        mails.Count.ShouldBe(count);
        mails.Select(m => m.MessageId).Distinct().Count().ShouldBe(count);

        // Each success is counted by the one drainer that handled it: a message taken twice would push the sum past this.
        // The notices left the outbox once handled (their inbox entries are counted above); the e-mail messages stay, processed.
        (await db.OutboxMessages.CountAsync(m => m.PayloadJson.Contains(person.Id.ToString()) && m.Topic == NotificationTopics.Notification, Ct)).ShouldBe(0);
        var mine = await db.OutboxMessages.CountAsync(m => m.ProcessedAtUtc != null && m.PayloadJson.Contains(person.Id.ToString()), Ct);
        mine.ShouldBe(count);
        results.Sum().ShouldBeGreaterThanOrEqualTo(2 * count);
        results.ShouldAllBe(handled => handled > 0, "both drainers took part");
    }

    [Fact]
    public async Task TwoDrainersWithParallelBatches_ThreeThousandNotices_EachHandledExactlyOnce()
    {
        // What is already waiting (the demo's messages) goes first, so that the drainers' counts below are ours alone.
        await DrainAsync();
        var people = new[] { await NewPersonAsync(withEmail: false), await NewPersonAsync(withEmail: false), await NewPersonAsync(withEmail: false) };
        const int count = 3000;
        var keys = new List<string>(count);
        using (var scope = App.Factory.Services.CreateScope())
        {
            App.Factory.Services.GetRequiredService<IOptions<OutboxOptions>>().Value.Drainers.ShouldBeGreaterThan(1, "each drainer runs batches side by side");
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var messages = new List<OutboxMessage>(count);
            for (var i = 0; i < count; i++)
            {
                var key = $"parallel:{i}:{Guid.NewGuid():N}";
                keys.Add(key);
                messages.Add(OutboxMessage.Create(NotificationTopics.Notification, key,
                    new NotificationPayload(people[i % people.Length].Id, NotificationCategories.Reminder, $"Nhiệm vụ số {i} đến hạn hôm nay", "Đề nghị khẩn trương hoàn thành.", "/Tasks"), now));
            }

            // As the deadline sweep writes them: one transaction, binary COPY.
            await using var tx = await db.Database.BeginTransactionAsync(Ct);
            await scope.ServiceProvider.GetRequiredService<IOutbox>().AppendAsync(messages, Ct);
            await tx.CommitAsync(Ct);
        }

        using var scope1 = App.Factory.Services.CreateScope();
        using var scope2 = App.Factory.Services.CreateScope();
        var first = scope1.ServiceProvider.GetServices<IBackgroundJob>().OfType<OutboxDrainer>().Single();
        var second = scope2.ServiceProvider.GetServices<IBackgroundJob>().OfType<OutboxDrainer>().Single();
        var results = await Task.WhenAll(Task.Run(() => first.RunAsync(Ct), Ct), Task.Run(() => second.RunAsync(Ct), Ct));

        // Each success is counted by the one drainer (and batch) that handled it: a message taken twice would push the sum past.
        results.Sum().ShouldBe(count);
        results.ShouldAllBe(handled => handled > 0, "both drainers took part");
        using var check = App.Factory.Services.CreateScope();
        var db2 = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var entries = await db2.Notifications.AsNoTracking().Where(n => keys.Contains(n.SourceKey)).Select(n => n.SourceKey).ToListAsync(Ct);
        entries.Count.ShouldBe(count);
        entries.Distinct(StringComparer.Ordinal).Count().ShouldBe(count);
        (await db2.OutboxMessages.CountAsync(m => keys.Contains(m.IdempotencyKey), Ct)).ShouldBe(0, "handled notices leave the outbox");
        foreach (var p in people)
        {
            (await db2.Notifications.CountAsync(n => n.RecipientUserId == p.Id, Ct)).ShouldBe(count / people.Length);
        }
    }

    [Fact]
    public async Task DrainJob_RunsWhileAnotherNodeHoldsItsLock()
    {
        // Another node draining holds the job's lock; this node drains too (the claim keeps them apart).
        var person = await NewPersonAsync(withEmail: false);
        await NotifyAsync(person.Id, "Thông báo khi nút khác đang gửi");
        var locks = App.Factory.Services.GetRequiredService<IJobLock>();
        await using var held = await locks.TryAcquireAsync(OutboxDrainer.JobName, Ct);
        held.ShouldNotBeNull();
        var result = await RunJobsAsync();
        result.GetProperty("jobs").EnumerateArray().Single(j => j.GetProperty("name").GetString() == OutboxDrainer.JobName).GetProperty("processed").GetInt32().ShouldBeGreaterThan(0);
        using var scope = App.Factory.Services.CreateScope();
        (await scope.ServiceProvider.GetRequiredService<AppDbContext>().Notifications.CountAsync(n => n.RecipientUserId == person.Id, Ct)).ShouldBe(1);
    }

    private async Task DrainAsync()
    {
        for (var i = 0; i < 20; i++)
        {
            using var scope = App.Factory.Services.CreateScope();
            if (await scope.ServiceProvider.GetServices<IBackgroundJob>().OfType<OutboxDrainer>().Single().RunAsync(Ct) == 0)
            {
                return;
            }
        }
    }
}
