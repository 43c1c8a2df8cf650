using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Inspections;

/// <summary>
/// docs/domain.md "Checks of official duties: findings about people": a finding naming an official is seen only by the person, their
/// managers, the team's head and administrators; a surprise check shows nothing before the team arrives; the competent leader's
/// decision of khiển trách forces the year's grade, read by the evaluation only through IInspectionFindingsReader.
/// </summary>
public abstract partial class PersonFindingTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    private const string Stp = "Sở Tư pháp tỉnh An Giang";

    private async Task<HttpResponseMessage> PostAsync(string user, string url, object body)
    {
        using var client = await App.ClientForAsync(user);
        return await client.PostAsJsonAsync(url, body, Ct);
    }

    private async Task<HttpResponseMessage> GetAsync(string user, string url)
    {
        using var client = await App.ClientForAsync(user);
        return await client.GetAsync(url, Ct);
    }

    /// <summary>A page as the signed-in person sees it (cookie sign-in; a page that is not 200 fails the test).</summary>
    private async Task<string> PageAsync(string user, string url)
    {
        using var client = App.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/Account/Login", Ct);
        (await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = AppFixture.DemoPassword, ["__RequestVerificationToken"] = Token().Match(login).Groups[1].Value,
        }), Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var response = await client.GetAsync(url, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    private async Task<string> NewColleagueAsync(Guid unitId)
    {
        using var admin = await App.ClientForAsync("admin");
        var name = $"cv3.{Guid.NewGuid().ToString("N")[..8]}";
        await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = name, fullName = "Đồng nghiệp cùng phòng", password = AppFixture.DemoPassword, unitId, position = "Chuyên viên", roles = new[] { "specialist" },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return name;
    }

    private static List<Guid> FindingIds(JsonElement details) =>
        details.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetGuid()).ToList();

    [Fact]
    public async Task FindingAboutPerson_SeenOnlyByThoseItConcerns_ReprimandForcesTheYearsGrade()
    {
        var (unitId, _, cvId, cv, tp) = await NewUnitAsync(Stp);
        var colleague = await NewColleagueAsync(unitId);
        var thanhtra = await UserIdAsync("thanhtra");
        var chuyenvien = await UserIdAsync("chuyenvien");
        const string text = "Công chức tiếp nhận hồ sơ vắng mặt không lý do lúc 8 giờ 15.";

        // A surprise check of the division, headed by the inspector (listed first), with a member from another body.
        var id = (await (await PostAsync("giamdoc.stp", "/api/v1/inspections", new
        {
            title = "Kiểm tra đột xuất kỷ luật lao động", checkedUnitIds = new[] { unitId }, surprise = true, plannedStart = "2026-02-03",
            teamUserIds = new[] { thanhtra, chuyenvien }, topics = new[] { "Chấp hành giờ giấc, kỷ luật lao động" },
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await (await GetAsync("giamdoc.stp", $"/api/v1/inspections/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("teamLeaderUserId").GetGuid()
            .ShouldBe(thanhtra);

        // Before the team arrives nothing of the check reaches the person's evaluation, even a finding already in the tables.
        var secretFinding = Guid.CreateVersion7();
        using (var scope = App.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Add(new InspectionFinding { Id = secretFinding, InspectionId = id, UnitId = unitId, Text = "Ghi nhận trước khi đoàn đến.", RecordedAtUtc = Vn(2026, 2, 3).UtcDateTime, PersonUserId = cvId });
            await db.SaveChangesAsync(Ct);
        }

        var before = await (await GetAsync(cv, $"/api/v1/inspections/findings?personUserId={cvId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        before.GetProperty("total").GetInt32().ShouldBe(0);
        var secretPage = await PageAsync(cv, $"/Evaluation/{cvId}?period=2026-Q1");
        secretPage.ShouldContain("Không có nội dung kiểm tra công vụ nào nêu cá nhân trong kỳ.");
        secretPage.ShouldNotContain("Ghi nhận trước khi đoàn đến.");
        await (await GetAsync(cv, $"/api/v1/inspections/{id}/findings/{secretFinding}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using (var scope = App.Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.Set<InspectionFinding>().Where(f => f.Id == secretFinding).ExecuteDeleteAsync(Ct);
        }

        (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/start", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The person must work in the checked unit; a wrong one is refused and records nothing.
        var outsider = await UserIdAsync("giamdoc.sct");
        var refused = await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new { unitId, text, personUserId = outsider }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        refused.GetProperty("errors").TryGetProperty("personUserId", out _).ShouldBeTrue();
        var findingId = (await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new
        {
            unitId, topic = "Chấp hành giờ giấc, kỷ luật lao động", text, personUserId = cvId,
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new { unitId, text = "Sổ theo dõi hồ sơ ghi chưa đầy đủ." }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);

        // The person, the division's head, the department's director, the team's head and an administrator see it with the person named.
        foreach (var user in new[] { cv, tp, "giamdoc.stp", "thanhtra", "admin" })
        {
            var f = await (await GetAsync(user, $"/api/v1/inspections/{id}/findings/{findingId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
            f.GetProperty("person").GetProperty("userId").GetGuid().ShouldBe(cvId);
            (await (await GetAsync(user, $"/api/v1/inspections/findings?personUserId={cvId}&from=2026-01-01&to=2026-12-31")).ShouldBeJsonAsync(HttpStatusCode.OK))
                .GetProperty("items").EnumerateArray().Select(x => x.GetProperty("findingId").GetGuid()).ShouldBe([findingId]);
        }

        // A team member who is not its head, a colleague in the same division and another department: 404, and the record hides it.
        foreach (var user in new[] { "chuyenvien", colleague, "giamdoc.sct" })
        {
            await (await GetAsync(user, $"/api/v1/inspections/{id}/findings/{findingId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await GetAsync(user, $"/api/v1/inspections/findings?personUserId={cvId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        var memberView = await (await GetAsync("chuyenvien", $"/api/v1/inspections/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        FindingIds(memberView).Count.ShouldBe(1);
        FindingIds(memberView).ShouldNotContain(findingId);
        JsonSerializer.Serialize(memberView).ShouldNotContain(text);
        FindingIds(await (await GetAsync(tp, $"/api/v1/inspections/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).ShouldContain(findingId);

        // No decision yet: the year's grade is not forced.
        var year = await (await GetAsync(tp, $"/api/v1/users/{cvId}/evaluation?period=2026")).ShouldBeJsonAsync(HttpStatusCode.OK);
        year.GetProperty("forcedReason").ValueKind.ShouldBe(JsonValueKind.Null);

        // Only the competent leader decides: not the team's head (403), not the person (403), not a stranger (404); bad input is 400.
        var reprimand = new { decision = "reprimand", decisionNumber = "125/QĐ-STP", date = "2026-02-03", reason = "Vắng mặt không lý do trong giờ làm việc." };
        var url = $"/api/v1/inspections/{id}/findings/{findingId}/discipline-review";
        await (await PostAsync("thanhtra", url, reprimand)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await PostAsync(cv, url, reprimand)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await PostAsync("chuyenvien", url, reprimand)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await PostAsync(tp, url, reprimand with { decisionNumber = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("decisionNumber", out _).ShouldBeTrue();
        (await (await PostAsync(tp, url, reprimand with { decision = "demotion" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("decision", out _).ShouldBeTrue();
        (await (await GetAsync(tp, $"/api/v1/users/{cvId}/evaluation?period=2026")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("forcedReason").ValueKind.ShouldBe(JsonValueKind.Null);

        var reviewed = await (await PostAsync(tp, url, reprimand)).ShouldBeJsonAsync(HttpStatusCode.OK);
        reviewed.GetProperty("review").GetProperty("decision").GetString().ShouldBe("reprimand");
        reviewed.GetProperty("review").GetProperty("decisionLabel").GetString().ShouldBe("Kỷ luật khiển trách");
        (await (await PostAsync(tp, url, reprimand with { decision = "warning" })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("inspection.findingReviewed");

        // The reprimand reaches the evaluation through the contract: the year (and its quarter) is forced to "Không hoàn thành".
        foreach (var period in new[] { "2026", "2026-Q1" })
        {
            var forced = await (await GetAsync(cv, $"/api/v1/users/{cvId}/evaluation?period={period}")).ShouldBeJsonAsync(HttpStatusCode.OK);
            forced.GetProperty("grade").GetString().ShouldBe("notCompleted");
            forced.GetProperty("forcedReason").GetString()!.ShouldContain("khiển trách theo Quyết định số 125/QĐ-STP ngày 03/02/2026");
        }

        // The person's evaluation page and the manager's grading table show the finding and the decision.
        var page = await PageAsync(cv, $"/Evaluation/{cvId}?period=2026-Q1");
        page.ShouldContain(text);
        page.ShouldContain("Kỷ luật khiển trách");
        page.ShouldContain("Quyết định số 125/QĐ-STP ngày 03/02/2026");
        (await PageAsync(tp, $"/Evaluation/Grade/{unitId}?period=2026-Q1")).ShouldContain("1 nội dung kiểm tra công vụ nêu tên; kỷ luật khiển trách");
        var colleaguePage = await PageAsync(colleague, $"/Evaluation/{await UserIdAsync(colleague)}?period=2026-Q1");
        colleaguePage.ShouldContain("Đánh giá, xếp loại");
        colleaguePage.ShouldNotContain(text);

        // The person's page opened by others: the read check decides once whether the caller manages the person, and the findings reader
        // applies its own rule to that answer. The division's head and the director (managers) see the finding and the scoring form; the
        // personnel office sees the evaluation (a monitor above the unit) but neither the finding (not a manager, not the team's head) nor
        // the form.
        foreach (var manager in new[] { tp, "giamdoc.stp" })
        {
            var managerPage = await PageAsync(manager, $"/Evaluation/{cvId}?period=2026-Q1");
            managerPage.ShouldContain(text);
            managerPage.ShouldContain("data-testid=\"general-form\"");
        }

        var officePage = await PageAsync("theodoi", $"/Evaluation/{cvId}?period=2026-Q1");
        officePage.ShouldContain("data-testid=\"evaluation-summary\"");
        officePage.ShouldNotContain(text);
        officePage.ShouldNotContain("data-testid=\"general-form\"");
    }

    [Fact]
    public async Task ReminderOrNoAction_IsRecordedWithoutNumber_AndForcesNothing()
    {
        var (unitId, _, cvId, _, tp) = await NewUnitAsync(Stp);
        var thanhtra = await UserIdAsync("thanhtra");
        var id = (await (await PostAsync("giamdoc.stp", "/api/v1/inspections", new
        {
            title = "Kiểm tra công vụ có thông báo", checkedUnitIds = new[] { unitId }, surprise = false, plannedStart = "2026-02-03", teamUserIds = new[] { thanhtra },
            topics = Array.Empty<string>(),
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/start", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var plain = (await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new { unitId, text = "Chưa niêm yết lịch tiếp công dân." }))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var about = (await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new { unitId, text = "Trả lời hồ sơ chậm 1 ngày.", personUserId = cvId }))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // A finding naming nobody has no decision to record.
        (await (await PostAsync(tp, $"/api/v1/inspections/{id}/findings/{plain}/discipline-review", new { decision = "reminder", date = "2026-02-03", reason = "Nhắc nhở." }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("inspection.findingNotAboutPerson");
        var reviewed = await (await PostAsync(tp, $"/api/v1/inspections/{id}/findings/{about}/discipline-review",
            new { decision = "reminder", date = "2026-02-03", reason = "Lần đầu, đã khắc phục ngay." })).ShouldBeJsonAsync(HttpStatusCode.OK);
        reviewed.GetProperty("review").GetProperty("decisionNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        (await (await GetAsync(tp, $"/api/v1/users/{cvId}/evaluation?period=2026")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("forcedReason").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}

[Collection("sqlite")]
public sealed class SqlitePersonFindingTests(SqliteApp app) : PersonFindingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresPersonFindingTests(PostgresApp app) : PersonFindingTests<PostgresApp>(app), IClassFixture<PostgresApp>;
