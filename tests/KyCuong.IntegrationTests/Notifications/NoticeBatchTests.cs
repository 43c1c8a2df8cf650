using System.Net;
using System.Net.Http.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Notifications.Delivery;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Notifications;

/// <summary>
/// Notices drained in batches (Notifications:BatchSize, 10 here): two drainers at once on a few hundred notices make each
/// inbox entry and each e-mail message exactly once; a message handled again after its lease ran out adds nothing; a bad
/// message in a batch fails alone with its error while the rest are delivered; unread counts follow.
/// </summary>
public abstract class NoticeBatchTests<TApp>(TApp app) : NotificationTestBase<TApp>(app) where TApp : NotificationApp
{
    private async Task<int> UnreadAsync(string userName)
    {
        using var client = await App.ClientForAsync(userName);
        return (await (await client.GetAsync("/api/v1/notifications/unread-count", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("unread").GetInt32();
    }

    private static OutboxDrainer Drainer(IServiceScope scope) => scope.ServiceProvider.GetServices<IBackgroundJob>().OfType<OutboxDrainer>().Single();

    /// <summary>Writes the notices in one unit of work, as the sweep does.</summary>
    private async Task<List<string>> NotifyManyAsync(List<Guid> people, int count, string prefix)
    {
        var keys = new List<string>(count);
        using var scope = App.Factory.Services.CreateScope();
        var notifier = scope.ServiceProvider.GetRequiredService<INotifier>();
        for (var i = 0; i < count; i++)
        {
            var key = $"{prefix}:{Guid.NewGuid():N}";
            keys.Add(key);
            var category = i / 3 % 2 == 0 ? NotificationCategories.Overdue : NotificationCategories.Reminder;
            notifier.Notify(new NotificationRequest(people[i % people.Count], category, $"Nhiệm vụ số {i} sắp đến hạn",
                "Đề nghị khẩn trương hoàn thành.", "/Tasks", key));
        }

        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
        return keys;
    }

    [Fact]
    public async Task TwoDrainersAtOnce_FewHundredNotices_EachInboxEntryAndEmailOnce_CountsRight()
    {
        // Three people: e-mail at once, overdue notices by e-mail but reminders not, and one without an address.
        var people = new[] { await NewPersonAsync(), await NewPersonAsync(), await NewPersonAsync(withEmail: false) };
        using (var client = await App.ClientForAsync(people[1].UserName))
        {
            (await client.PutAsJsonAsync("/api/v1/notifications/preferences",
                new { emailMode = "immediate", categories = new Dictionary<string, string?> { ["reminder"] = "none" } }, Ct)).EnsureSuccessStatusCode();
        }

        const int count = 300;
        var keys = await NotifyManyAsync(people.Select(p => p.Id).ToList(), count, "batch");

        using var scope1 = App.Factory.Services.CreateScope();
        using var scope2 = App.Factory.Services.CreateScope();
        var first = Drainer(scope1);
        var second = Drainer(scope2);
        var results = await Task.WhenAll(Task.Run(() => first.RunAsync(Ct), Ct), Task.Run(() => second.RunAsync(Ct), Ct));
        results.ShouldAllBe(handled => handled > 0, "both drainers took part");

        using var check = App.Factory.Services.CreateScope();
        var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
        var entries = await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.SourceKey)).Select(n => new { n.SourceKey, n.RecipientUserId, n.Category }).ToListAsync(Ct);
        entries.Count.ShouldBe(count);
        entries.Select(e => e.SourceKey).Distinct().Count().ShouldBe(count);

        // E-mail per each person's mode for the notice's category: all of the first's, the second's overdue ones, none of the third's.
        var emailKeys = keys.Select(k => "email:" + k).ToList();
        var emails = await db.OutboxMessages.AsNoTracking().Where(m => emailKeys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(Ct);
        var expected = entries.Where(e => e.RecipientUserId == people[0].Id || (e.RecipientUserId == people[1].Id && e.Category == NotificationCategories.Overdue))
            .Select(e => "email:" + e.SourceKey).Order(StringComparer.Ordinal).ToList();
        emails.Order(StringComparer.Ordinal).ToList().ShouldBe(expected);
        expected.Count.ShouldBe(150);
        App.Sink.To(people[0].Email!).Count.ShouldBe(100);
        App.Sink.To(people[1].Email!).Count.ShouldBe(50);
        App.Sink.To(people[0].Email!).Select(m => m.MessageId).Distinct().Count().ShouldBe(100);

        // Handled notices leave the outbox (their inbox entry is the record); the e-mail messages stay, processed.
        (await db.OutboxMessages.CountAsync(m => keys.Contains(m.IdempotencyKey), Ct)).ShouldBe(0);
        (await db.OutboxMessages.CountAsync(m => emailKeys.Contains(m.IdempotencyKey) && m.ProcessedAtUtc != null, Ct)).ShouldBe(150);
        foreach (var p in people)
        {
            (await UnreadAsync(p.UserName)).ShouldBe(100);
        }

        using (var client = await App.ClientForAsync(people[2].UserName))
        {
            (await client.PostAsync("/api/v1/notifications/read-all", null, Ct)).EnsureSuccessStatusCode();
        }

        (await UnreadAsync(people[2].UserName)).ShouldBe(0);
        (await UnreadAsync(people[0].UserName)).ShouldBe(100);
    }

    [Fact]
    public async Task MessageHandledAgain_AfterItsLeaseRanOut_AddsNoSecondEntryNorEmail()
    {
        var person = await NewPersonAsync();
        var keys = await NotifyManyAsync([person.Id], 12, "again");
        await RunJobsAsync();

        // Handled, they left the outbox. As if the node that handled them had died after writing the inbox entries but before
        // deleting the messages, and another took them again: the same messages, due again.
        using (var scope = App.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.OutboxMessages.CountAsync(m => keys.Contains(m.IdempotencyKey), Ct)).ShouldBe(0);
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            foreach (var key in keys)
            {
                outbox.Enqueue(NotificationTopics.Notification, key,
                    new NotificationPayload(person.Id, NotificationCategories.Overdue, "Nhiệm vụ sắp đến hạn (lần hai)", "Đề nghị khẩn trương hoàn thành.", "/Tasks"));
            }

            await db.SaveChangesAsync(Ct);
        }

        // A page of that person is open: the live badge must count only the entries that reached the inbox — one fresh notice
        // beside the twelve taken again.
        var (cookie, _) = await HubPages.SignInAsync(App.Factory, person.UserName, Ct);
        await using var page = HubPages.Connect(App.Factory, cookie);
        var added = new System.Collections.Concurrent.ConcurrentQueue<int>();
        page.On<int>(NotificationsHub.UnreadAddedMethod, added.Enqueue);
        await page.StartAsync(Ct);
        await NotifyManyAsync([person.Id], 1, "fresh");

        using (var scope = App.Factory.Services.CreateScope())
        {
            (await Drainer(scope).RunAsync(Ct)).ShouldBeGreaterThanOrEqualTo(13);
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (added.Sum() < 1 && waited.Elapsed < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(50, Ct);
        }

        await Task.Delay(500, Ct);
        added.Sum().ShouldBe(1, "the twelve taken again added no entry, so nothing to the badge");

        using (var scope = App.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Notifications.CountAsync(n => n.RecipientUserId == person.Id, Ct)).ShouldBe(13);
            (await db.Notifications.CountAsync(n => n.RecipientUserId == person.Id && n.Subject.Contains("lần hai"), Ct)).ShouldBe(0, "the first entries stand");
            (await db.OutboxMessages.CountAsync(m => keys.Contains(m.IdempotencyKey), Ct)).ShouldBe(0);
            var emailKeys = keys.Select(k => "email:" + k).ToList();
            (await db.OutboxMessages.CountAsync(m => emailKeys.Contains(m.IdempotencyKey), Ct)).ShouldBe(12);
        }

        App.Sink.To(person.Email!).Count.ShouldBe(13, "the twelve once, and the fresh notice's");
        (await UnreadAsync(person.UserName)).ShouldBe(13);
    }

    [Fact]
    public async Task PoisonedMessagesInABatch_FailAloneWithTheirError_TheRestAreDelivered()
    {
        var person = await NewPersonAsync(withEmail: false);
        var stranger = Guid.NewGuid();
        var bad = new List<string> { $"poison-json:{Guid.NewGuid():N}", $"poison-who:{Guid.NewGuid():N}", $"poison-empty:{Guid.NewGuid():N}" };
        using (var scope = App.Factory.Services.CreateScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<IOutbox>();
            outbox.Enqueue(NotificationTopics.Notification, bad[0], new { recipientUserId = "không phải mã", subject = 7 });
            outbox.Enqueue(NotificationTopics.Notification, bad[1],
                new NotificationPayload(stranger, NotificationCategories.Reminder, "Người nhận không tồn tại", "", null));
            outbox.Enqueue(NotificationTopics.Notification, bad[2], new NotificationPayload(person.Id, NotificationCategories.Reminder, " ", "", null));
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
        }

        var good = await NotifyManyAsync([person.Id], 7, "good");

        // On PostgreSQL a text with a NUL character is refused by the database itself: that batch is written one notice at a time.
        if (App.Provider == DatabaseProvider.Postgres)
        {
            var nul = $"poison-nul:{Guid.NewGuid():N}";
            bad.Add(nul);
            using var scope = App.Factory.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<IOutbox>().Enqueue(NotificationTopics.Notification, nul,
                new NotificationPayload(person.Id, NotificationCategories.Reminder, "Ký tự\0rỗng", "", null));
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
        }

        try
        {
            using (var scope = App.Factory.Services.CreateScope())
            {
                await Drainer(scope).RunAsync(Ct);
            }

            using var check = App.Factory.Services.CreateScope();
            var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.Notifications.CountAsync(n => good.Contains(n.SourceKey), Ct)).ShouldBe(7);
            (await db.Notifications.CountAsync(n => bad.Contains(n.SourceKey), Ct)).ShouldBe(0);
            (await db.OutboxMessages.CountAsync(m => good.Contains(m.IdempotencyKey), Ct)).ShouldBe(0, "handled notices leave the outbox");
            var failed = await db.OutboxMessages.AsNoTracking().Where(m => bad.Contains(m.IdempotencyKey)).ToDictionaryAsync(m => m.IdempotencyKey, Ct);
            failed.Count.ShouldBe(bad.Count);
            failed.Values.ShouldAllBe(m => m.ProcessedAtUtc == null && m.FailedAtUtc == null && m.Attempts == 1 && m.LastError != null);
            failed[bad[0]].LastError!.ShouldContain("không đọc được");
            failed[bad[1]].LastError!.ShouldContain("Không tìm thấy người nhận");
            failed[bad[1]].LastError!.ShouldContain(stranger.ToString());
            failed[bad[2]].LastError!.ShouldContain("thiếu người nhận, loại hoặc tiêu đề");
            (await UnreadAsync(person.UserName)).ShouldBe(7);
        }
        finally
        {
            // Not left to be retried by the other tests of this host.
            using var scope = App.Factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.Where(m => bad.Contains(m.IdempotencyKey)).ExecuteDeleteAsync(Ct);
        }
    }
    [Fact]
    public async Task ProcessedMessages_KeptForTheRetention_ThenPurged_PendingAndFailedStay()
    {
        var person = await NewPersonAsync();
        var keys = await NotifyManyAsync([person.Id], 6, "purge");
        await RunJobsAsync();
        var emailKeys = keys.Select(k => "email:" + k).ToList();
        var pendingKey = $"purge-pending:{Guid.NewGuid():N}";
        using (var scope = App.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var retain = scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Options.IOptions<OutboxOptions>>().Value.RetainProcessedDays;
            (await db.OutboxMessages.CountAsync(m => keys.Contains(m.IdempotencyKey), Ct)).ShouldBe(0, "handled notices leave at once");
            (await db.OutboxMessages.CountAsync(m => emailKeys.Contains(m.IdempotencyKey) && m.ProcessedAtUtc != null, Ct)).ShouldBe(6);

            // Four e-mails processed just past the retention, two just inside it; one message waiting since long ago.
            var old = emailKeys.Take(4).ToList();
            (await db.OutboxMessages.Where(m => old.Contains(m.IdempotencyKey))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.ProcessedAtUtc, now.AddDays(-retain).AddMinutes(-1)), Ct)).ShouldBe(4);
            var recent = emailKeys.Skip(4).ToList();
            (await db.OutboxMessages.Where(m => recent.Contains(m.IdempotencyKey))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.ProcessedAtUtc, now.AddDays(-retain).AddMinutes(1)), Ct)).ShouldBe(2);
            db.OutboxMessages.Add(OutboxMessage.Create("no.such.topic", pendingKey, new { }, now.AddDays(-retain - 10), now.AddDays(1)));
            await db.SaveChangesAsync(Ct);
        }

        try
        {
            int processedBefore;
            using (var scope = App.Factory.Services.CreateScope())
            {
                processedBefore = (await scope.ServiceProvider.GetRequiredService<OutboxAdmin>().CountAsync(Ct)).Processed;
                var purge = scope.ServiceProvider.GetServices<IBackgroundJob>().OfType<OutboxPurge>().Single();
                (await purge.RunAsync(Ct)).ShouldBeGreaterThanOrEqualTo(4);
            }

            using var check = App.Factory.Services.CreateScope();
            var db = check.ServiceProvider.GetRequiredService<AppDbContext>();
            var left = await db.OutboxMessages.AsNoTracking().Where(m => emailKeys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(Ct);
            left.Order(StringComparer.Ordinal).ShouldBe(emailKeys.Skip(4).Order(StringComparer.Ordinal));
            (await db.OutboxMessages.CountAsync(m => m.IdempotencyKey == pendingKey && m.ProcessedAtUtc == null, Ct)).ShouldBe(1);
            (await db.SentEmails.CountAsync(e => emailKeys.Contains(e.IdempotencyKey), Ct)).ShouldBe(6, "the sent e-mails are their own record");
            (await db.Notifications.CountAsync(n => keys.Contains(n.SourceKey), Ct)).ShouldBe(6);
            var counts = await check.ServiceProvider.GetRequiredService<OutboxAdmin>().CountAsync(Ct);
            counts.Processed.ShouldBeLessThanOrEqualTo(processedBefore - 4, "the count is of the processed messages kept");
            counts.Processed.ShouldBe(await db.OutboxMessages.CountAsync(m => m.ProcessedAtUtc != null, Ct));
        }
        finally
        {
            using var scope = App.Factory.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.Where(m => m.IdempotencyKey == pendingKey).ExecuteDeleteAsync(Ct);
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteNoticeBatchTests(SqliteNotificationApp app) : NoticeBatchTests<SqliteNotificationApp>(app), IClassFixture<SqliteNotificationApp>;

[Collection("postgres")]
public sealed class PostgresNoticeBatchTests(PostgresNotificationApp app) : NoticeBatchTests<PostgresNotificationApp>(app), IClassFixture<PostgresNotificationApp>;
