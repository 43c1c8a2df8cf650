using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Notifications;

/// <summary>
/// docs/domain.md §6 "every step told": each step of a task notifies the person who must act next — the receiver of a hand-off,
/// the assigner of a return, the new lead of a re-routing, the decider of an extension request and its requester, the holder of a
/// reopened task, a coordinating unit's head, the leader a document is presented to, the person reminded — with the task (or
/// document), the step, the deadline and a link; never the person who acted.
/// </summary>
public abstract class StepNoticeTests<TApp>(TApp app) : NotificationTestBase<TApp>(app) where TApp : NotificationApp
{
    private static readonly string[] StepCategories =
        ["task", "handOff", "taskReturned", "taskRerouted", "extension", "taskReopened", "coordination", "documentPresented", "manualReminder", "taskCompleted", "taskReviewed"];

    private sealed record Notice(Guid RecipientUserId, string Category, string Subject, string Body, string? Link);

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8];

    private async Task<Guid> UnitAsync(string name, string kind, Guid parentId)
    {
        using var admin = await App.ClientForAsync("admin");
        var created = await (await admin.PostAsJsonAsync("/api/v1/units", new { name, shortName = "TN", kind, parentId, validFrom = "2026-01-01" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private async Task<Person> PersonInAsync(Guid unitId, string role)
    {
        var userName = "buoc." + Suffix();
        var email = $"{userName}@angiang.gov.vn";
        using var admin = await App.ClientForAsync("admin");
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName, fullName = "Lê Thị Bước " + userName[^4..], password = NotificationApp.DemoPassword, unitId, position = role == "leader" ? "Giám đốc" : "Chuyên viên",
            roles = new[] { role }, email,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return new Person(created.GetProperty("id").GetGuid(), userName, email);
    }

    /// <summary>The step notices linking to <paramref name="link"/>, once the outbox has been drained into the inboxes.</summary>
    private async Task<List<Notice>> NoticesAsync(string link)
    {
        await RunJobsAsync();
        using var scope = App.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.Notifications.AsNoTracking().Where(n => n.Link == link && StepCategories.Contains(n.Category)).OrderBy(n => n.CreatedAtUtc)
            .Select(n => new Notice(n.RecipientUserId, n.Category, n.Subject, n.Body, n.Link)).ToListAsync(Ct);
    }

    private async Task<Guid> UserIdAsync(string userName)
    {
        using var client = await App.ClientForAsync(userName);
        return (await client.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task EveryStepOfATask_TellsWhoActsNext_NeverTheActor()
    {
        var province = await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        var tag = Suffix();
        var dept = await UnitAsync("Sở Thử nghiệm " + tag, "department", province);
        var division = await UnitAsync("Phòng Thử nghiệm " + tag, "division", dept);
        var otherDept = await UnitAsync("Sở Tiếp nhận " + tag, "department", province);
        var director = await PersonInAsync(dept, "leader");
        var divisionHead = await PersonInAsync(division, "leader");
        var specialist = await PersonInAsync(division, "specialist");
        var otherDirector = await PersonInAsync(otherDept, "leader");
        var chairmanId = await UserIdAsync("chutich");

        using var chairman = await App.ClientForAsync("chutich");
        var title = "Số hóa hồ sơ thủ tục hành chính " + tag;
        var created = await (await chairman.PostAsJsonAsync("/api/v1/tasks", new
        {
            title, leadUnitId = dept, coordinatingUnitIds = new[] { otherDept }, workingDays = 20,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        var due = DateOnly.Parse(created.GetProperty("dueDate").GetString()!, System.Globalization.CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var link = $"/Tasks/Details/{id}";

        // Assignment: the lead unit's head; the coordinating unit's head learns of its part.
        var notices = await NoticesAsync(link);
        notices.Select(n => (n.RecipientUserId, n.Category)).ShouldBe([(director.Id, "task"), (otherDirector.Id, "coordination")], ignoreOrder: true);
        notices.Single(n => n.Category == "coordination").Body.ShouldContain($"Hạn nhiệm vụ: {due}");

        // Hand-off down the chain: each receiver is told, with the step's own deadline; the one handing on only sees it in the history.
        using (var d = await App.ClientForAsync(director.UserName))
        {
            await (await d.PostAsJsonAsync($"/api/v1/tasks/{id}/handoffs", new { toUserId = divisionHead.Id, note = "Giao phòng tham mưu." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        }

        using (var h = await App.ClientForAsync(divisionHead.UserName))
        {
            await (await h.PostAsJsonAsync($"/api/v1/tasks/{id}/handoffs", new { toUserId = specialist.Id, stepDueDate = "2026-02-10" }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        }

        notices = await NoticesAsync(link);
        var handOffs = notices.Where(n => n.Category == "handOff").ToList();
        handOffs.Select(n => n.RecipientUserId).ShouldBe([divisionHead.Id, specialist.Id], ignoreOrder: true);
        var toSpecialist = handOffs.Single(n => n.RecipientUserId == specialist.Id);
        toSpecialist.Subject.ShouldBe($"Bạn được chuyển xử lý nhiệm vụ \"{title}\"");
        toSpecialist.Body.ShouldContain("Hạn của bước: 10/02/2026");
        toSpecialist.Body.ShouldContain($"hạn nhiệm vụ: {due}");
        handOffs.Single(n => n.RecipientUserId == divisionHead.Id).Body.ShouldContain("Giao phòng tham mưu.");
        using (var d = await App.ClientForAsync(director.UserName))
        {
            var history = (await (await d.GetAsync($"/api/v1/tasks/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("history").EnumerateArray()
                .Select(h => h.GetProperty("action").GetString()).ToList();
            history.Count(a => a!.Contains("hand", StringComparison.OrdinalIgnoreCase)).ShouldBeGreaterThanOrEqualTo(2);
        }

        // Extension: requested → the assigner decides; decided → the requester.
        using var s = await App.ClientForAsync(specialist.UserName);
        var extension = await (await s.PostAsJsonAsync($"/api/v1/tasks/{id}/extensions", new { reason = "Chờ số liệu của các xã.", newDueDate = "2026-04-24" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var extensionId = extension.GetProperty("id").GetGuid();
        notices = await NoticesAsync(link);
        var requested = notices.Where(n => n.Category == "extension").ShouldHaveSingleItem();
        requested.RecipientUserId.ShouldBe(chairmanId);
        requested.Body.ShouldContain("24/04/2026");
        await (await chairman.PostAsJsonAsync($"/api/v1/tasks/{id}/extensions/{extensionId}/decision", new { approve = true, note = "Đồng ý." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        notices = await NoticesAsync(link);
        var decided = notices.Where(n => n.Category == "extension" && n.RecipientUserId == specialist.Id).ShouldHaveSingleItem();
        decided.Subject.ShouldStartWith("Đồng ý gia hạn");
        decided.Body.ShouldContain("Hạn mới: 24/04/2026");

        // Return (outside competence) → the assigner; re-routing → the new lead's head, not the assigner who did it.
        await (await s.PostAsJsonAsync($"/api/v1/tasks/{id}/return", new { reason = "Không thuộc thẩm quyền của Sở (Luật Tổ chức chính quyền địa phương 2025).", suggestedUnitId = otherDept }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        notices = await NoticesAsync(link);
        var returned = notices.Where(n => n.Category == "taskReturned").ShouldHaveSingleItem();
        returned.RecipientUserId.ShouldBe(chairmanId);
        returned.Body.ShouldContain("Sở Tiếp nhận " + tag);
        await (await chairman.PostAsJsonAsync($"/api/v1/tasks/{id}/reroute", new { leadUnitId = otherDept, reason = "Chuyển đơn vị có thẩm quyền." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        notices = await NoticesAsync(link);
        notices.Where(n => n.Category == "taskRerouted").Select(n => n.RecipientUserId).ShouldBe([otherDirector.Id]);

        // Completion, then reopening → the holder.
        using (var o = await App.ClientForAsync(otherDirector.UserName))
        {
            await (await o.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Đã số hóa 1.200 hồ sơ." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        }

        await (await chairman.PostAsJsonAsync($"/api/v1/tasks/{id}/reopen", new { reason = "Còn thiếu hồ sơ cấp xã." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        notices = await NoticesAsync(link);
        var reopened = notices.Where(n => n.Category == "taskReopened").ShouldHaveSingleItem();
        reopened.RecipientUserId.ShouldBe(otherDirector.Id);
        reopened.Body.ShouldContain("Còn thiếu hồ sơ cấp xã.");

        // A reminder → the answerable person, naming the deadline.
        using (var monitor = await App.ClientForAsync("theodoi"))
        {
            await (await monitor.PostAsJsonAsync($"/api/v1/tasks/{id}/reminders", new { note = "Đề nghị báo cáo." }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        }

        notices = await NoticesAsync(link);
        notices.Where(n => n.Category == "manualReminder").ShouldHaveSingleItem().Body.ShouldContain("Hạn nhiệm vụ: 24/04/2026");

        // Never the actor: the chairman assigned, decided and re-routed, and was told only of the request, the return and the
        // completion he is to review.
        notices.Where(n => n.RecipientUserId == chairmanId).Select(n => n.Category).ShouldBe(["extension", "taskReturned", "taskCompleted"], ignoreOrder: true);
        notices.Where(n => n.RecipientUserId == director.Id).Select(n => n.Category).ShouldBe(["task"]);
        notices.ShouldAllBe(n => n.Link == link && n.Body.Contains(title));

        // The receiver sees the notice in the inbox with its link, and an e-mail.
        await RunJobsAsync();
        using var inboxClient = await App.ClientForAsync(specialist.UserName);
        var inbox = await (await inboxClient.GetAsync("/api/v1/notifications", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var item = inbox.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("category").GetString() == "handOff");
        item.GetProperty("link").GetString().ShouldBe(link);
        item.GetProperty("categoryName").GetString().ShouldBe("Chuyển xử lý");
        App.Sink.To(specialist.Email!).ShouldNotBeEmpty();
    }

    [Fact]
    public async Task DocumentPresented_TellsTheBodysLeader_NotTheClerk()
    {
        using var clerk = await App.ClientForAsync("vanthu");
        var symbol = string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('A' + Random.Shared.Next(26))));
        var doc = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = "Bộ Nội vụ", numberSymbol = $"{Random.Shared.Next(100, 9999)}/BNV-{symbol}", date = "2026-01-30", type = "Công văn",
            subject = "Về việc đôn đốc thực hiện Công điện 280/CĐ-TTg", urgency = "Khẩn",
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = doc.GetProperty("id").GetGuid();
        await (await clerk.PostAsync($"/api/v1/documents/{id}/present", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);

        var link = $"/Documents/Details/{id}";
        var notice = (await NoticesAsync(link)).ShouldHaveSingleItem();
        notice.RecipientUserId.ShouldBe(await UserIdAsync("chutich"));
        notice.Category.ShouldBe("documentPresented");
        notice.Subject.ShouldContain($"BNV-{symbol}");
        notice.Body.ShouldContain("Về việc đôn đốc thực hiện Công điện 280/CĐ-TTg");
        notice.Body.ShouldContain("Hạn trình: 03/02/2026"); // urgent: at once, the day it arrives (Nghị định 30/2020 art. 24)
        notice.Body.ShouldContain("Độ khẩn: Khẩn");
    }
}

[Collection("sqlite")]
public sealed class SqliteStepNoticeTests(SqliteNotificationApp app) : StepNoticeTests<SqliteNotificationApp>(app), IClassFixture<SqliteNotificationApp>;

[Collection("postgres")]
public sealed class PostgresStepNoticeTests(PostgresNotificationApp app) : StepNoticeTests<PostgresNotificationApp>(app), IClassFixture<PostgresNotificationApp>;
