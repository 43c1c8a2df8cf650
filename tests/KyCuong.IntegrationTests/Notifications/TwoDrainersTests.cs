using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Notifications;

/// <summary>
/// Two drainers at once on PostgreSQL (two hosts would do this; the job lock is bypassed on purpose): <c>FOR UPDATE SKIP
/// LOCKED</c> claims give every message to exactly one of them, so no inbox entry and no e-mail is doubled.
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
        var mine = await db.OutboxMessages.CountAsync(m => m.ProcessedAtUtc != null && m.PayloadJson.Contains(person.Id.ToString()), Ct);
        mine.ShouldBe(2 * count);
        results.Sum().ShouldBeGreaterThanOrEqualTo(2 * count);
        results.ShouldAllBe(handled => handled > 0, "both drainers took part");
    }
}
