using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Notifications;

/// <summary>
/// Notices end to end: outbox → inbox entry → e-mail through a real SMTP exchange with a local sink; the
/// digest on working days only; a mail server that is down loses nothing and, once back, gets every e-mail exactly once.
/// </summary>
public abstract class NotificationTests<TApp>(TApp app) : NotificationTestBase<TApp>(app) where TApp : NotificationApp
{

    private async Task<int> UnreadAsync(string userName)
    {
        using var client = await App.ClientForAsync(userName);
        return (await (await client.GetAsync("/api/v1/notifications/unread-count", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("unread").GetInt32();
    }

    private async Task<JsonElement> InboxAsync(string userName, string query = "")
    {
        using var client = await App.ClientForAsync(userName);
        return await (await client.GetAsync("/api/v1/notifications" + query, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Notice_BecomesOneInboxEntryAndOneEmail_CountFollowsReadAndReadAll()
    {
        var person = await NewPersonAsync();
        await NotifyAsync(person.Id, "Nhiệm vụ \"Rà soát thủ tục\" còn 2 ngày làm việc", link: "/Tasks/Details/1");
        await NotifyAsync(person.Id, "Nhiệm vụ \"Báo cáo quý\" đã quá hạn");
        (await UnreadAsync(person.UserName)).ShouldBe(0);

        await RunJobsAsync();
        (await UnreadAsync(person.UserName)).ShouldBe(2);
        var inbox = await InboxAsync(person.UserName);
        inbox.GetProperty("total").GetInt32().ShouldBe(2);
        inbox.GetProperty("unread").GetInt32().ShouldBe(2);
        var items = inbox.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(2);
        items[0].GetProperty("categoryName").GetString().ShouldBe("Nhắc hạn");
        items[0].GetProperty("createdAt").GetString()!.ShouldEndWith("+07:00");
        var mails = App.Sink.To(person.Email!);
        mails.Count.ShouldBe(2);
        mails.Select(m => m.MessageId).Distinct().Count().ShouldBe(2);
        mails.ShouldAllBe(m => m.MessageId != null && m.MessageId.EndsWith("@angiang.gov.vn>", StringComparison.Ordinal));

        // Running again sends nothing more and makes no second entry.
        await RunJobsAsync();
        App.Sink.To(person.Email!).Count.ShouldBe(2);
        (await InboxAsync(person.UserName)).GetProperty("total").GetInt32().ShouldBe(2);

        using var client = await App.ClientForAsync(person.UserName);
        var first = items[0].GetProperty("id").GetGuid();
        (await (await client.PostAsync($"/api/v1/notifications/{first}/read", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("unread").GetInt32().ShouldBe(1);
        (await UnreadAsync(person.UserName)).ShouldBe(1);
        var unreadOnly = await InboxAsync(person.UserName, "?unreadOnly=true");
        unreadOnly.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldNotContain(first);

        // Unread first: the read one goes last.
        (await InboxAsync(person.UserName)).GetProperty("items").EnumerateArray().Last().GetProperty("id").GetGuid().ShouldBe(first);

        var all = await (await client.PostAsync("/api/v1/notifications/read-all", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        all.GetProperty("marked").GetInt32().ShouldBe(1);
        all.GetProperty("unread").GetInt32().ShouldBe(0);
        (await InboxAsync(person.UserName, "?unreadOnly=true")).GetProperty("total").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task AnotherPersonsNotice_Answers404_AndChangesNothing()
    {
        var owner = await NewPersonAsync();
        var other = await NewPersonAsync();
        await NotifyAsync(owner.Id, "Thông báo riêng");
        await RunJobsAsync();
        var id = (await InboxAsync(owner.UserName)).GetProperty("items")[0].GetProperty("id").GetGuid();

        using var client = await App.ClientForAsync(other.UserName);
        await (await client.PostAsync($"/api/v1/notifications/{id}/read", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await InboxAsync(other.UserName)).GetProperty("total").GetInt32().ShouldBe(0);
        (await UnreadAsync(owner.UserName)).ShouldBe(1);
        await (await client.GetAsync("/api/v1/notifications?pageSize=0", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.GetAsync("/api/v1/notifications?page=0", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        using var anonymous = App.Factory.CreateClient();
        (await anonymous.GetAsync("/api/v1/notifications/unread-count", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task TaskAssigned_NotifiesTheLeadPersonOnce()
    {
        var lead = await NewPersonAsync();
        using var chairman = await App.ClientForAsync("chutich");
        var task = await (await chairman.PostAsJsonAsync("/api/v1/tasks", new
        {
            title = "Rà soát hồ sơ công vụ", leadUnitId = await App.UnitIdAsync(Snv), leadUserId = lead.Id, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 5,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var taskId = task.GetProperty("id").GetGuid();
        await RunJobsAsync();
        await RunJobsAsync();

        var inbox = await InboxAsync(lead.UserName);
        inbox.GetProperty("total").GetInt32().ShouldBe(1);
        var item = inbox.GetProperty("items")[0];
        item.GetProperty("subject").GetString().ShouldBe("Bạn được giao chủ trì nhiệm vụ \"Rà soát hồ sơ công vụ\"");
        item.GetProperty("category").GetString().ShouldBe("task");
        item.GetProperty("link").GetString().ShouldBe($"/Tasks/Details/{taskId}");
        App.Sink.To(lead.Email!).Count.ShouldBe(1);

        using var scope = App.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        (await db.Notifications.CountAsync(n => n.SourceKey == $"task-assigned:{taskId}:{lead.Id}", Ct)).ShouldBe(1);
    }

    [Fact]
    public async Task DigestMode_NoImmediateEmail_OneDigestAtTheHourOnWorkingDaysOnly()
    {
        var person = await NewPersonAsync();
        using var client = await App.ClientForAsync(person.UserName);
        await (await client.PutAsJsonAsync("/api/v1/notifications/preferences", new { emailMode = "weekly" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var pref = await (await client.PutAsJsonAsync("/api/v1/notifications/preferences", new { emailMode = "digest" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        pref.GetProperty("emailMode").GetString().ShouldBe("digest");
        pref.GetProperty("hasEmail").GetBoolean().ShouldBeTrue();
        try
        {
            // Tue 3 Feb 2026, a working day: two notices in the morning, no e-mail before 16:30.
            await NotifyAsync(person.Id, "Nhắc hạn thứ nhất");
            await NotifyAsync(person.Id, "Nhắc hạn thứ hai");
            await RunJobsAsync();
            (await UnreadAsync(person.UserName)).ShouldBe(2);
            App.Sink.To(person.Email!).ShouldBeEmpty();
            await SetClockAsync(Vn(2026, 2, 3, 16, 29));
            await RunJobsAsync();
            App.Sink.To(person.Email!).ShouldBeEmpty();

            await SetClockAsync(Vn(2026, 2, 3, 16, 30));
            await RunJobsAsync();
            var digests = App.Sink.To(person.Email!);
            digests.Count.ShouldBe(1);
            await SetClockAsync(Vn(2026, 2, 3, 17, 45));
            await RunJobsAsync();
            await RunJobsAsync();
            App.Sink.To(person.Email!).Count.ShouldBe(1);

            // Sunday 8 Feb and Tết (Mon 16 Feb 2026, a public holiday): no digest, though there are new notices.
            await SetClockAsync(Vn(2026, 2, 8, 10));
            await NotifyAsync(person.Id, "Thông báo ngày Chủ nhật");
            await SetClockAsync(Vn(2026, 2, 8, 17));
            await RunJobsAsync();
            await SetClockAsync(Vn(2026, 2, 16, 10));
            await NotifyAsync(person.Id, "Thông báo ngày Tết");
            await SetClockAsync(Vn(2026, 2, 16, 17));
            await RunJobsAsync();
            App.Sink.To(person.Email!).Count.ShouldBe(1);

            using var scope = App.Factory.Services.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            (await db.OutboxMessages.CountAsync(m => m.IdempotencyKey.StartsWith($"digest:{person.Id}:"), Ct)).ShouldBe(1);
            (await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == $"digest:{person.Id}:2026-02-03" && m.ProcessedAtUtc != null, Ct)).ShouldBeTrue();
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task CategoryModes_EachCategoryItsOwnWay_TheRestFollowTheDefault()
    {
        var person = await NewPersonAsync();
        using var client = await App.ClientForAsync(person.UserName);
        var url = "/api/v1/notifications/preferences";

        // Unknown categories and modes are refused, and change nothing.
        await (await client.PutAsJsonAsync(url, new { emailMode = "immediate", categories = new Dictionary<string, string?> { ["weather"] = "none" } }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PutAsJsonAsync(url, new { emailMode = "immediate", categories = new Dictionary<string, string?> { ["handOff"] = "weekly" } }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var fresh = await (await client.GetAsync(url, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        fresh.GetProperty("categories").EnumerateArray().ShouldAllBe(c => !c.GetProperty("own").GetBoolean() && c.GetProperty("emailMode").GetString() == "immediate");

        // Default: the daily digest. Hand-offs at once, reminders not by e-mail at all.
        var pref = await (await client.PutAsJsonAsync(url, new
        {
            emailMode = "digest",
            categories = new Dictionary<string, string?> { ["handOff"] = "immediate", ["reminder"] = "none", ["overdue"] = "digest" },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        JsonElement Category(JsonElement p, string c) => p.GetProperty("categories").EnumerateArray().Single(x => x.GetProperty("category").GetString() == c);
        Category(pref, "handOff").GetProperty("emailMode").GetString().ShouldBe("immediate");
        Category(pref, "handOff").GetProperty("own").GetBoolean().ShouldBeTrue();
        Category(pref, "handOff").GetProperty("name").GetString().ShouldBe("Chuyển xử lý");
        Category(pref, "reminder").GetProperty("emailMode").GetString().ShouldBe("none");
        // The same as the default: not kept apart.
        Category(pref, "overdue").GetProperty("own").GetBoolean().ShouldBeFalse();
        Category(pref, "consultation").GetProperty("emailMode").GetString().ShouldBe("digest");
        try
        {
            await NotifyAsync(person.Id, "Anh Hải chuyển bước xử lý cho anh", category: NotificationCategories.HandOff);
            await NotifyAsync(person.Id, "Nhắc hạn: còn 2 ngày làm việc", category: NotificationCategories.Reminder);
            await NotifyAsync(person.Id, "Lấy ý kiến về dự thảo quy chế", category: NotificationCategories.Consultation);
            await RunJobsAsync();
            (await UnreadAsync(person.UserName)).ShouldBe(3, "the inbox has every notice, whatever the e-mail mode");
            var mails = App.Sink.To(person.Email!);
            mails.Count.ShouldBe(1, "only the hand-off goes at once");

            // At the digest hour: one digest with the consultation, without the reminder (none) or the hand-off (sent already).
            await SetClockAsync(Vn(2026, 2, 3, 16, 30));
            await RunJobsAsync();
            mails = App.Sink.To(person.Email!);
            mails.Count.ShouldBe(2);
            var digest = mails[1].Text;
            digest.ShouldContain("dự thảo quy chế");
            digest.ShouldNotContain("Nhắc hạn: còn 2 ngày");
            digest.ShouldNotContain("chuyển bước xử lý");
            mails[0].Text.ShouldContain("chuyển bước xử lý");

            // A null mode gives the category back to the default; the others stay as they were.
            var back = await (await client.PutAsJsonAsync(url, new { emailMode = "digest", categories = new Dictionary<string, string?> { ["reminder"] = null } }, Ct))
                .ShouldBeJsonAsync(HttpStatusCode.OK);
            Category(back, "reminder").GetProperty("own").GetBoolean().ShouldBeFalse();
            Category(back, "reminder").GetProperty("emailMode").GetString().ShouldBe("digest");
            Category(back, "handOff").GetProperty("emailMode").GetString().ShouldBe("immediate");
            // Without "categories" the categories set apart are kept.
            var kept = await (await client.PutAsJsonAsync(url, new { emailMode = "none" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            Category(kept, "handOff").GetProperty("emailMode").GetString().ShouldBe("immediate");
            Category(kept, "consultation").GetProperty("emailMode").GetString().ShouldBe("none");
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task MailServerDown_InboxStillFilled_EmailsRetriedAndDeliveredExactlyOnce()
    {
        var person = await NewPersonAsync();
        await App.Sink.StopAsync();
        try
        {
            for (var i = 1; i <= 3; i++)
            {
                await NotifyAsync(person.Id, $"Thông báo số {i} khi máy chủ thư ngừng");
            }

            await RunJobsAsync();
            (await UnreadAsync(person.UserName)).ShouldBe(3);
            using (var scope = App.Factory.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var keys = await db.Notifications.Where(n => n.RecipientUserId == person.Id).Select(n => "email:" + n.SourceKey).ToListAsync(Ct);
                var emails = await db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.IdempotencyKey)).ToListAsync(Ct);
                emails.Count.ShouldBe(3);
                emails.ShouldAllBe(m => m.ProcessedAtUtc == null && m.FailedAtUtc == null && m.Attempts == 1 && m.LastError != null);
            }

            // Still down a minute later: a second attempt, still nothing lost.
            await SetClockAsync(KyCuongFactory.DefaultNow.AddMinutes(1));
            await RunJobsAsync();
            App.Sink.Start();
            App.Sink.To(person.Email!).ShouldBeEmpty();

            // Back up; after the back-off (2 minutes after the second failure) every e-mail goes out once.
            await SetClockAsync(KyCuongFactory.DefaultNow.AddMinutes(4));
            await RunJobsAsync();
            await RunJobsAsync();
            var mails = App.Sink.To(person.Email!);
            mails.Count.ShouldBe(3);
            mails.Select(m => m.MessageId).Distinct().Count().ShouldBe(3);
            (await UnreadAsync(person.UserName)).ShouldBe(3);
            using (var scope = App.Factory.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                (await db.SentEmails.CountAsync(e => e.RecipientUserId == person.Id, Ct)).ShouldBe(3);
                (await db.Notifications.CountAsync(n => n.RecipientUserId == person.Id, Ct)).ShouldBe(3);
            }
        }
        finally
        {
            if (!App.Sink.IsRunning)
            {
                App.Sink.Start();
            }

            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task AttemptsRunOut_MessageFailed_AdministratorRetrySendsItOnce()
    {
        var person = await NewPersonAsync();
        var configuration = App.Factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>();
        configuration["Outbox:MaxAttempts"] = "2";
        await App.Sink.StopAsync();
        try
        {
            await NotifyAsync(person.Id, "Thông báo khi máy chủ thư ngừng lâu");
            await RunJobsAsync();
            await SetClockAsync(KyCuongFactory.DefaultNow.AddMinutes(2));
            await RunJobsAsync();
            await SetClockAsync(KyCuongFactory.DefaultNow.AddMinutes(10));
            await RunJobsAsync();

            OutboxMessage failed;
            using (var scope = App.Factory.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var key = await db.Notifications.Where(n => n.RecipientUserId == person.Id).Select(n => "email:" + n.SourceKey).SingleAsync(Ct);
                failed = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == key, Ct);
            }

            failed.Attempts.ShouldBe(2);
            failed.FailedAtUtc.ShouldNotBeNull();
            failed.LastError.ShouldNotBeNullOrWhiteSpace();

            App.Sink.Start();
            await RunJobsAsync();
            App.Sink.To(person.Email!).ShouldBeEmpty();
            using (var scope = App.Factory.Services.CreateScope())
            {
                (await scope.ServiceProvider.GetRequiredService<OutboxAdmin>().RetryAsync(failed.Id, Ct)).ShouldBeTrue();
            }

            await RunJobsAsync();
            await RunJobsAsync();
            App.Sink.To(person.Email!).Count.ShouldBe(1);
        }
        finally
        {
            configuration["Outbox:MaxAttempts"] = "12";
            if (!App.Sink.IsRunning)
            {
                App.Sink.Start();
            }

            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task UnknownTopic_FailsWithClearError_OthersInTheBatchStillHandled_AdministratorRetryIsAudited()
    {
        var person = await NewPersonAsync(withEmail: false);
        var key = $"test-unknown:{Guid.NewGuid():N}";
        using (var scope = App.Factory.Services.CreateScope())
        {
            scope.ServiceProvider.GetRequiredService<IOutbox>().Enqueue("no.such.topic", key, new { x = 1 });
            await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
        }

        await NotifyAsync(person.Id, "Thông báo cùng lô với thông điệp lỗi");
        await RunJobsAsync();
        (await UnreadAsync(person.UserName)).ShouldBe(1);

        using (var scope = App.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var failed = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == key, Ct);
            failed.FailedAtUtc.ShouldNotBeNull();
            failed.LastError.ShouldNotBeNull();
            failed.LastError.ShouldContain("no.such.topic");
            failed.LastError.ShouldContain("Không có bộ xử lý");

            var admin = scope.ServiceProvider.GetRequiredService<OutboxAdmin>();
            (await admin.CountAsync(Ct)).Failed.ShouldBeGreaterThanOrEqualTo(1);
            (await admin.ListAsync(true, 1, 50, Ct)).Items.ShouldContain(m => m.Id == failed.Id);
            (await admin.RetryAsync(failed.Id, Ct)).ShouldBeTrue();
            (await admin.RetryAsync(failed.Id, Ct)).ShouldBeFalse();
            (await db.AuditEntries.CountAsync(a => a.EntityType == OutboxAdmin.AuditEntity && a.EntityId == failed.Id && a.Action == "retried", Ct)).ShouldBe(1);
        }

        var retried = await ReloadAsync(key);
        retried.FailedAtUtc.ShouldBeNull();
        retried.Attempts.ShouldBe(0);
        await RunJobsAsync();
        (await ReloadAsync(key)).FailedAtUtc.ShouldNotBeNull();
    }

    private async Task<OutboxMessage> ReloadAsync(string key)
    {
        using var scope = App.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == key, Ct);
    }
}

[Collection("sqlite")]
public sealed class SqliteNotificationTests(SqliteNotificationApp app) : NotificationTests<SqliteNotificationApp>(app), IClassFixture<SqliteNotificationApp>;

[Collection("postgres")]
public sealed class PostgresNotificationTests(PostgresNotificationApp app) : NotificationTests<PostgresNotificationApp>(app), IClassFixture<PostgresNotificationApp>;
