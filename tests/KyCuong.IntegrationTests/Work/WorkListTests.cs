using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Work;

/// <summary>
/// "Việc cần xử lý" (GET /api/v1/me/work) and the hand-off chain's read access (docs/domain.md §6): every list is the caller's own,
/// each item links to where it is handled; whoever assigned, held or handed on a step keeps the task in view but cannot act.
/// </summary>
public abstract class WorkListTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";
    private const string Sct = "Sở Công Thương tỉnh An Giang";

    private async Task<JsonElement> WorkAsync(string user, string query = "")
    {
        using var client = await App.ClientForAsync(user);
        return await (await client.GetAsync($"/api/v1/me/work{query}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private static List<Guid> Ids(JsonElement work, string list) =>
        work.GetProperty(list).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    private static JsonElement Item(JsonElement work, string list, Guid id) =>
        work.GetProperty(list).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == id);

    private async Task<Guid> ChainAsync(string title)
    {
        var snv = await App.UnitIdAsync(Snv);
        var id = await CreateTaskAsync("chutich", snv, null, "2026-02-27", title);
        using var giamdoc = await App.ClientForAsync("giamdoc.snv");
        await (await giamdoc.PostAsJsonAsync($"/api/v1/tasks/{id}/handoffs", new { toUserId = await UserIdAsync("truongphong.cchc"), note = "Phòng CCHC tham mưu." }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        using var truongphong = await App.ClientForAsync("truongphong.cchc");
        await (await truongphong.PostAsJsonAsync($"/api/v1/tasks/{id}/handoffs", new { toUserId = await UserIdAsync("chuyenvien"), note = "Anh Hải soạn dự thảo." }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        return id;
    }

    [Fact]
    public async Task NavigationCount_OnEveryPage_IsTheApisCount_ForEachRole()
    {
        // docs/domain.md §6: the badge counts what waits for the person's action. The navigation reads the totals alone
        // (no items), the Tasks module's four in one statement that restates each list's condition; this holds it to the same
        // figure as the full lists, for people whose lists differ, with every task list non-empty for the assigner.
        await ChainAsync("Rà soát quy chế phối hợp liên ngành");
        var snv = await App.UnitIdAsync(Snv);
        using var giamdoc = await App.ClientForAsync("giamdoc.snv");
        var completed = await CreateTaskAsync("chutich", snv, null, "2026-02-27", "Báo cáo kết quả rà soát thủ tục nội bộ");
        (await giamdoc.PostAsJsonAsync($"/api/v1/tasks/{completed}/complete", new { result = "Đã gửi báo cáo rà soát." }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var extended = await CreateTaskAsync("chutich", snv, null, "2026-02-13", "Đề án vị trí việc làm của các đơn vị sự nghiệp");
        await (await giamdoc.PostAsJsonAsync($"/api/v1/tasks/{extended}/extensions", new { newDueDate = "2026-03-06", reason = "Chờ số liệu của các xã." }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var returned = await CreateTaskAsync("chutich", await App.UnitIdAsync(Sct), null, "2026-02-27", "Thẩm định hồ sơ không thuộc ngành Công Thương");
        using (var sctLeader = await App.ClientForAsync("giamdoc.sct"))
        {
            (await sctLeader.PostAsJsonAsync($"/api/v1/tasks/{returned}/return", new { reason = "Không thuộc thẩm quyền của Sở Công Thương." }, Ct)).StatusCode
                .ShouldBe(HttpStatusCode.OK);
        }

        // A consultation Sở Công Thương must answer, and a directive every official of Sở Nội vụ must acknowledge.
        (await giamdoc.PostAsJsonAsync("/api/v1/consultations", new
        {
            subject = "Dự thảo quy chế phối hợp xử lý phản ánh", proposal = "Ban hành quy chế phối hợp xử lý phản ánh, kiến nghị.",
            requesterUnitId = snv, consultedUnitIds = new[] { await App.UnitIdAsync(Sct) }, workingDays = 5,
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        using (var clerk = await App.ClientForAsync("vanthu"))
        using (var chairman = await App.ClientForAsync("chutich"))
        {
            var doc = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
            {
                direction = "incoming", issuer = "Thủ tướng Chính phủ", numberSymbol = $"{Random.Shared.Next(10000, 99999)}/CĐ-TTg", date = "2026-01-30",
                type = "Công điện", subject = "Về việc chấn chỉnh kỷ luật, kỷ cương hành chính", urgency = (string?)null,
            }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
            (await chairman.PostAsJsonAsync($"/api/v1/documents/{doc.GetProperty("id").GetGuid()}/direction", new
            {
                leadUnitId = snv, coordinatingUnitIds = Array.Empty<Guid>(), workingDays = 10, requireAcknowledgement = true,
            }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var assigner = await WorkAsync("chutich");
        foreach (var list in new[] { "toReview", "extensionRequests", "toReassign" })
        {
            assigner.GetProperty(list).GetProperty("total").GetInt32().ShouldBeGreaterThan(0, list);
        }

        var totals = new Dictionary<string, int>();
        foreach (var user in new[] { "chutich", "giamdoc.snv", "giamdoc.sct", "truongphong.cchc", "chuyenvien", "vanthu" })
        {
            var work = await WorkAsync(user);
            foreach (var list in new[] { "documentsPresented", "consultationsToAnswer", "submissionsToReview", "toAcknowledge" })
            {
                totals[list] = totals.GetValueOrDefault(list) + work.GetProperty(list).GetProperty("total").GetInt32();
            }

            var expected = work.GetProperty("count").GetInt32();
            using var session = await KyCuong.IntegrationTests.Organisation.FormSession.SignInAsync(App, user);
            var html = await session.GetStringAsync("/Calendar");
            var badge = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"work-count\"[^>]*>(\\d+)</span>");
            badge.Success.ShouldBeTrue($"no work count in the navigation for {user}");
            int.Parse(badge.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected, user);
        }

        (await WorkAsync("chuyenvien")).GetProperty("count").GetInt32().ShouldBeGreaterThan(0, "the chain leaves the specialist a task to hold");
        // The other modules' lists are counted in the same statement as the task lists: each is non-empty for one of these people,
        // so a filter that differed from its list's would show as a badge unlike the API's count.
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", totals.Select(t => $"{t.Key} {t.Value}")));
        foreach (var (list, total) in totals)
        {
            total.ShouldBeGreaterThan(0, list);
        }
    }

    [Fact]
    public async Task HandOffChain_MiddlePersonKeepsReadAccess_FollowsIt_ButCannotAct()
    {
        var id = await ChainAsync("Rà soát quy chế làm việc theo chuỗi chuyển xử lý");
        using var truongphong = await App.ClientForAsync("truongphong.cchc");

        // Before the rule the middle person got 404 "Không tìm thấy nhiệm vụ" once the step moved on.
        var seen = await (await truongphong.GetAsync($"/api/v1/tasks/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        seen.GetProperty("currentHolder").GetProperty("name").GetString().ShouldBe("Võ Thanh Hải");
        var actions = seen.GetProperty("actions");
        foreach (var action in new[] { "handOff", "complete", "reportProgress", "return", "requestExtension", "review" })
        {
            actions.GetProperty(action).GetBoolean().ShouldBeFalse(action);
        }

        // Read access only: acting still needs the role on the lead unit or holding the step now.
        await (await truongphong.PostAsJsonAsync($"/api/v1/tasks/{id}/progress", new { note = "Đã giao chuyên viên.", percent = 10 }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await truongphong.PostAsJsonAsync($"/api/v1/tasks/{id}/complete", new { result = "Xong" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var followed = await (await truongphong.GetAsync("/api/v1/tasks?view=followed&pageSize=200", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        followed.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldContain(id);
        var work = await WorkAsync("truongphong.cchc");
        Ids(work, "followed").ShouldContain(id);
        Ids(work, "tasksHeld").ShouldNotContain(id);

        // The one who holds it now has it in the work list, not under "followed".
        var held = await WorkAsync("chuyenvien");
        Ids(held, "tasksHeld").ShouldContain(id);
        Ids(held, "followed").ShouldNotContain(id);
        Item(held, "tasksHeld", id).GetProperty("link").GetString().ShouldBe($"/Tasks/Details/{id}");
        using var chuyenvien = await App.ClientForAsync("chuyenvien");
        var mineFollowed = await (await chuyenvien.GetAsync("/api/v1/tasks?view=followed&pageSize=200", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        mineFollowed.GetProperty("items").EnumerateArray().Select(t => t.GetProperty("id").GetGuid()).ShouldNotContain(id);

        // Someone who never took part still gets 404 and sees it in no list.
        using var other = await App.ClientForAsync("chuyenvien.tcbc");
        await (await other.GetAsync($"/api/v1/tasks/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var otherWork = await WorkAsync("chuyenvien.tcbc");
        foreach (var list in new[] { "tasksHeld", "followed", "toReview", "reminders" })
        {
            Ids(otherWork, list).ShouldNotContain(id);
        }

        await (await truongphong.GetAsync("/api/v1/tasks?view=everything", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Work_ListsAreTheCallersOwn_OverdueFirst_Bounded()
    {
        var snv = await App.UnitIdAsync(Snv);
        var specialist = await UserIdAsync("chuyenvien");
        var later = await CreateTaskAsync("chutich", snv, specialist, "2026-02-27", "Báo cáo chuyên đề cải cách hành chính quý I");
        var overdue = await CreateTaskAsync("chutich", snv, specialist, "2026-02-04", "Tổng hợp số liệu thủ tục hành chính tháng 1");
        try
        {
            await SetClockAsync(Vn(2026, 2, 5, 10));
            var work = await WorkAsync("chuyenvien");
            var held = Ids(work, "tasksHeld");
            held.ShouldContain(later);
            held.ShouldContain(overdue);
            held.IndexOf(overdue).ShouldBeLessThan(held.IndexOf(later));
            Item(work, "tasksHeld", overdue).GetProperty("overdue").GetBoolean().ShouldBeTrue();
            Item(work, "tasksHeld", overdue).GetProperty("dueDate").GetString().ShouldBe("2026-02-04");
            Item(work, "tasksHeld", later).GetProperty("overdue").GetBoolean().ShouldBeFalse();
            work.GetProperty("tasksHeld").GetProperty("total").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
            work.GetProperty("count").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
            foreach (var list in new[] { "tasksHeld", "toReview", "extensionRequests", "toReassign", "documentsPresented", "consultationsToAnswer", "submissionsToReview", "reminders" })
            {
                work.TryGetProperty(list, out _).ShouldBeTrue(list);
            }

            // At most max items per list, with the total beside them.
            var one = await WorkAsync("chuyenvien", "?max=1");
            one.GetProperty("tasksHeld").GetProperty("items").GetArrayLength().ShouldBe(1);
            one.GetProperty("tasksHeld").GetProperty("total").GetInt32().ShouldBe(work.GetProperty("tasksHeld").GetProperty("total").GetInt32());
            using var client = await App.ClientForAsync("chuyenvien");
            await (await client.GetAsync("/api/v1/me/work?max=0", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            await (await client.GetAsync("/api/v1/me/work?max=101", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

            // Another person's list never carries these, and there is no way to ask for someone else's.
            var sct = await WorkAsync("giamdoc.sct");
            Ids(sct, "tasksHeld").ShouldNotContain(overdue);
            var colleague = await WorkAsync("chuyenvien.tcbc");
            Ids(colleague, "tasksHeld").ShouldNotContain(overdue);
            (await App.Anonymous().GetAsync("/api/v1/me/work", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task OpenApi_DescribesTheWorkListAndTheReview_WithExamples()
    {
        var doc = await (await App.Anonymous().GetAsync("/openapi/v1.json", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var paths = doc.GetProperty("paths");
        var work = paths.GetProperty("/api/v1/me/work").GetProperty("get");
        work.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("example")
            .GetProperty("tasksHeld").GetProperty("items")[0].GetProperty("overdue").GetBoolean().ShouldBeTrue();
        var review = paths.GetProperty("/api/v1/tasks/{id}/review").GetProperty("post");
        review.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("quality").GetString().ShouldBe("notMet");
    }

    [Fact]
    public async Task Work_ExtensionRequestsAndReturns_WaitForTheAssigner_DocumentsForTheLeader_ConsultationsForTheUnit()
    {
        var snv = await App.UnitIdAsync(Snv);
        var sct = await App.UnitIdAsync(Sct);
        var extended = await CreateTaskAsync("chutich", snv, null, "2026-02-13", "Đề án sắp xếp đơn vị sự nghiệp");
        using var giamdoc = await App.ClientForAsync("giamdoc.snv");
        await (await giamdoc.PostAsJsonAsync($"/api/v1/tasks/{extended}/extensions", new { newDueDate = "2026-03-06", reason = "Chờ số liệu của các xã." }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var returned = await CreateTaskAsync("chutich", sct, null, "2026-02-27", "Thẩm định hồ sơ cấp phép không thuộc ngành Công Thương");
        using var sctLeader = await App.ClientForAsync("giamdoc.sct");
        (await sctLeader.PostAsJsonAsync($"/api/v1/tasks/{returned}/return", new { reason = "Không thuộc thẩm quyền của Sở Công Thương (Nghị định 30/2020)." }, Ct)).StatusCode
            .ShouldBe(HttpStatusCode.OK);

        var chutich = await WorkAsync("chutich");
        Ids(chutich, "extensionRequests").ShouldContain(extended);
        Item(chutich, "extensionRequests", extended).GetProperty("detail").GetString().ShouldBe("06/03/2026");
        Ids(chutich, "toReassign").ShouldContain(returned);

        // The director who asked does not decide it; nor does another department's leader.
        Ids(await WorkAsync("giamdoc.snv"), "extensionRequests").ShouldNotContain(extended);
        Ids(await WorkAsync("giamdoc.sct"), "toReassign").ShouldNotContain(returned);

        // A document the office presents to the chairman waits for his direction; the clerk's list does not carry it.
        using var clerk = await App.ClientForAsync("vanthu");
        var document = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = "Bộ Nội vụ", numberSymbol = $"{Random.Shared.Next(100, 9999)}/BNV-CCHC", date = "2026-02-02", type = "Công văn",
            subject = "Đôn đốc cải cách thủ tục hành chính nội bộ",
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var documentId = document.GetProperty("id").GetGuid();
        Ids(await WorkAsync("chutich"), "documentsPresented").ShouldNotContain(documentId);
        await (await clerk.PostAsync($"/api/v1/documents/{documentId}/present", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var presented = await WorkAsync("chutich");
        Ids(presented, "documentsPresented").ShouldContain(documentId);
        Item(presented, "documentsPresented", documentId).GetProperty("link").GetString().ShouldBe($"/Documents/Details/{documentId}");
        Ids(await WorkAsync("vanthu"), "documentsPresented").ShouldNotContain(documentId);
        Ids(await WorkAsync("giamdoc.sct"), "documentsPresented").ShouldNotContain(documentId);

        // A consultation to Sở Công Thương waits in its director's list, not in the requester's.
        var consultation = await (await giamdoc.PostAsJsonAsync("/api/v1/consultations", new
        {
            subject = "Dự thảo quy chế phối hợp đôn đốc nhiệm vụ", proposal = "Ban hành quy chế phối hợp theo Công điện 968/CĐ-TTg.", requesterUnitId = snv,
            consultedUnitIds = new[] { sct }, workingDays = 5,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var consultationId = consultation.GetProperty("id").GetGuid();
        Ids(await WorkAsync("giamdoc.sct"), "consultationsToAnswer").ShouldContain(consultationId);
        Ids(await WorkAsync("giamdoc.snv"), "consultationsToAnswer").ShouldNotContain(consultationId);
        Ids(await WorkAsync("giamdoc.stp"), "consultationsToAnswer").ShouldNotContain(consultationId);
    }
}

[Collection("sqlite")]
public sealed class SqliteWorkListTests(SqliteApp app) : WorkListTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresWorkListTests(PostgresApp app) : WorkListTests<PostgresApp>(app), IClassFixture<PostgresApp>;
