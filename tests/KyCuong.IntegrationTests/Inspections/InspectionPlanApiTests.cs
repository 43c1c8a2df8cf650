using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Inspections;

/// <summary>Yearly checking plans through real HTTP, on SQLite and PostgreSQL (docs/domain.md "Checks of official duties: plans and evidence").</summary>
public abstract class InspectionPlanApiTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Province = "Ủy ban nhân dân tỉnh An Giang";
    private const string Sct = "Sở Công Thương tỉnh An Giang";
    private const string Stp = "Sở Tư pháp tỉnh An Giang";

    private async Task<Guid> UserIdAsync(string userName)
    {
        using var client = await App.ClientForAsync(userName);
        return (await client.GetFromJsonAsync<JsonElement>("/api/v1/me", Ct)).GetProperty("id").GetGuid();
    }

    private async Task<HttpResponseMessage> SendAsync(string user, HttpMethod method, string url, object? body = null)
    {
        using var client = await App.ClientForAsync(user);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        return await client.SendAsync(request, Ct);
    }

    private Task<HttpResponseMessage> PostAsync(string user, string url, object? body = null) => SendAsync(user, HttpMethod.Post, url, body ?? new { });

    private Task<HttpResponseMessage> GetAsync(string user, string url) => SendAsync(user, HttpMethod.Get, url);

    private static object Line(Guid unitId, int month, bool surprise, params string[] topics) => new { unitId, month, topics, surprise };

    private async Task<Guid> DraftAsync(string title, params object[] lines)
    {
        var created = await (await PostAsync("theodoi", "/api/v1/inspection-plans", new
        {
            bodyUnitId = await App.UnitIdAsync(Province), year = 2026, title, lines,
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> PlanAsync(string user, Guid id) => await (await GetAsync(user, $"/api/v1/inspection-plans/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);

    private async Task<JsonElement> ListAsync(string user) =>
        await (await GetAsync(user, "/api/v1/inspection-plans?pageSize=100")).ShouldBeJsonAsync(HttpStatusCode.OK);

    private static List<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    private static List<Guid> LineUnits(JsonElement plan) => plan.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("unitId").GetGuid()).ToList();

    [Fact]
    public async Task Plan_DraftedByOffice_ApprovedOnlyByALeaderOfTheBody_ThenReadOnly_AndACheckIsDecidedFromALine()
    {
        var stp = await App.UnitIdAsync(Stp);
        var sct = await App.UnitIdAsync(Sct);
        var id = await DraftAsync("Kế hoạch kiểm tra công vụ năm 2026", Line(stp, 3, false, "workingHours", "tasksAndDeadlines"));

        // A draft is the body's own: a department it will check does not see it yet.
        await (await GetAsync("giamdoc.stp", $"/api/v1/inspection-plans/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Ids(await ListAsync("giamdoc.stp")).ShouldNotContain(id);

        // The office revises its draft: a directive line is added.
        (await (await SendAsync("theodoi", HttpMethod.Put, $"/api/v1/inspection-plans/{id}", new
        {
            title = "Kế hoạch kiểm tra công vụ năm 2026 (sửa đổi)",
            lines = new object[]
            {
                Line(stp, 3, false, "workingHours", "tasksAndDeadlines"),
                new { unitId = sct, month = 6, topics = new[] { "directive" }, directive = "Công điện 280/CĐ-TTg", surprise = false },
            },
        })).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("id").GetGuid().ShouldBe(id);
        var draft = await PlanAsync("chutich", id);
        draft.GetProperty("status").GetString().ShouldBe("draft");
        draft.GetProperty("lines").GetArrayLength().ShouldBe(2);
        draft.GetProperty("lines")[1].GetProperty("topics")[0].GetProperty("label").GetString().ShouldBe("Thực hiện Công điện 280/CĐ-TTg");
        draft.GetProperty("actions").GetProperty("canApprove").GetBoolean().ShouldBeTrue();
        (await PlanAsync("theodoi", id)).GetProperty("actions").GetProperty("canApprove").GetBoolean().ShouldBeFalse();

        // Deciding from a draft is refused; the office drafts but does not approve; a department's leader is not a leader of the province.
        (await (await PostAsync("theodoi", $"/api/v1/inspection-plans/{id}/lines/{draft.GetProperty("lines")[0].GetProperty("id").GetGuid()}/inspections",
            new { plannedStart = "2026-03-10", teamUserIds = new[] { await UserIdAsync("thanhtra") } })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("inspectionPlan.notApproved");
        await (await PostAsync("theodoi", $"/api/v1/inspection-plans/{id}/approval")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await PostAsync("giamdoc.snv", $"/api/v1/inspection-plans/{id}/approval")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await PlanAsync("chutich", id)).GetProperty("status").GetString().ShouldBe("draft");

        (await (await PostAsync("chutich", $"/api/v1/inspection-plans/{id}/approval")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString()
            .ShouldBe("approved");
        var approved = await PlanAsync("theodoi", id);
        approved.GetProperty("approvedBy").GetString().ShouldBe("Nguyễn Văn An");
        approved.GetProperty("actions").GetProperty("canRevise").GetBoolean().ShouldBeFalse();
        approved.GetProperty("actions").GetProperty("canDecideChecks").GetBoolean().ShouldBeTrue();

        // Approved means read-only: no revision, no second approval, and nothing changed.
        (await (await SendAsync("theodoi", HttpMethod.Put, $"/api/v1/inspection-plans/{id}", new { title = "Khác", lines = new[] { Line(stp, 1, true, "oneStop") } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("inspectionPlan.approved");
        (await (await PostAsync("chutich", $"/api/v1/inspection-plans/{id}/approval")).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("inspectionPlan.alreadyApproved");
        var unchanged = await PlanAsync("chutich", id);
        unchanged.GetProperty("title").GetString().ShouldBe("Kế hoạch kiểm tra công vụ năm 2026 (sửa đổi)");
        LineUnits(unchanged).ShouldBe([stp, sct]);

        // Once approved, a department named on a notified line sees the plan; another department may not revise it.
        (await PlanAsync("giamdoc.stp", id)).GetProperty("lines").GetArrayLength().ShouldBe(2);
        Ids(await ListAsync("giamdoc.stp")).ShouldContain(id);
        await (await SendAsync("giamdoc.stp", HttpMethod.Put, $"/api/v1/inspection-plans/{id}", new { title = "Khác", lines = new[] { Line(stp, 1, false, "oneStop") } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        // A check decided from the line carries its unit and topics and links back; the line carries one check only.
        var lineId = unchanged.GetProperty("lines")[0].GetProperty("id").GetGuid();
        var team = new[] { await UserIdAsync("thanhtra") };
        await (await PostAsync("giamdoc.stp", $"/api/v1/inspection-plans/{id}/lines/{lineId}/inspections", new { plannedStart = "2026-03-10", teamUserIds = team }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        // The team leader is one of the members chosen: anyone else is a 422 and the line stays free.
        var chuyenvien = await UserIdAsync("chuyenvien");
        var notOnTeam = await (await PostAsync("theodoi", $"/api/v1/inspection-plans/{id}/lines/{lineId}/inspections",
            new { plannedStart = "2026-03-10", teamUserIds = team, teamLeaderUserId = chuyenvien })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        notOnTeam.GetProperty("code").GetString().ShouldBe("inspection.teamLeaderNotOnTeam");
        notOnTeam.GetProperty("errors").GetProperty("teamLeaderUserId")[0].GetString()!.ShouldStartWith("Trưởng đoàn phải là một trong các thành viên");
        var free = (await PlanAsync("chutich", id)).GetProperty("lines")[0];
        (!free.TryGetProperty("inspectionId", out var none) || none.ValueKind == JsonValueKind.Null).ShouldBeTrue();
        var check = (await (await PostAsync("theodoi", $"/api/v1/inspection-plans/{id}/lines/{lineId}/inspections",
                new { plannedStart = "2026-03-10", teamUserIds = new[] { team[0], chuyenvien }, teamLeaderUserId = chuyenvien }))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var details = await (await GetAsync("giamdoc.stp", $"/api/v1/inspections/{check}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        details.GetProperty("teamLeaderUserId").GetGuid().ShouldBe(chuyenvien);
        details.GetProperty("checkedUnitIds")[0].GetGuid().ShouldBe(stp);
        details.GetProperty("surprise").GetBoolean().ShouldBeFalse();
        details.GetProperty("orderingUnit").GetProperty("id").GetGuid().ShouldBe(await App.UnitIdAsync(Province));
        details.GetProperty("topics").EnumerateArray().Select(t => t.GetString()).ShouldBe(
            ["Chấp hành giờ giấc, kỷ luật, kỷ cương hành chính", "Xử lý nhiệm vụ được giao, thời hạn"]);
        details.GetProperty("planLine").GetProperty("planId").GetGuid().ShouldBe(id);
        details.GetProperty("planLine").GetProperty("lineId").GetGuid().ShouldBe(lineId);
        (await PlanAsync("chutich", id)).GetProperty("lines")[0].GetProperty("inspectionId").GetGuid().ShouldBe(check);
        (await (await PostAsync("theodoi", $"/api/v1/inspection-plans/{id}/lines/{lineId}/inspections", new { plannedStart = "2026-03-10", teamUserIds = team }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("inspectionPlan.lineUsed");
    }

    [Fact]
    public async Task SurpriseLine_HiddenFromTheCheckedUnitInEveryViewListAndCount_UntilItsCheckStarts()
    {
        var stp = await App.UnitIdAsync(Stp);
        var sct = await App.UnitIdAsync(Sct);
        var listBefore = await ListAsync("giamdoc.sct");

        // Plan A checks Sở Công Thương only by surprise; plan B checks it once notified and once by surprise.
        var a = await DraftAsync("Kế hoạch A", Line(stp, 2, false, "consultations"), Line(sct, 4, true, "workingHours"));
        var b = await DraftAsync("Kế hoạch B", Line(sct, 2, false, "oneStop"), Line(sct, 9, true, "workingHours", "tasksAndDeadlines"));
        foreach (var id in new[] { a, b })
        {
            (await PostAsync("chutich", $"/api/v1/inspection-plans/{id}/approval")).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // The body sees every line and how many are surprises.
        var full = await PlanAsync("chutich", a);
        LineUnits(full).ShouldBe([stp, sct]);
        var listed = (await ListAsync("chutich")).GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == b);
        listed.GetProperty("lines").GetInt32().ShouldBe(2);
        listed.GetProperty("surpriseLines").GetInt32().ShouldBe(1);

        // The checked unit: plan A does not exist for it; plan B shows only its notified line, in the view, the list and the counts.
        var surpriseLineA = full.GetProperty("lines")[1].GetProperty("id").GetGuid();
        await (await GetAsync("giamdoc.sct", $"/api/v1/inspection-plans/{a}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var seen = await PlanAsync("giamdoc.sct", b);
        seen.GetProperty("lines").GetArrayLength().ShouldBe(1);
        seen.GetProperty("lines")[0].GetProperty("month").GetInt32().ShouldBe(2);
        seen.GetProperty("lines")[0].GetProperty("surprise").GetBoolean().ShouldBeFalse();
        var surpriseLineB = (await PlanAsync("chutich", b)).GetProperty("lines")[1].GetProperty("id").GetGuid();
        seen.GetRawText().ShouldNotContain(surpriseLineB.ToString());
        var list = await ListAsync("giamdoc.sct");
        Ids(list).ShouldNotContain(a);
        list.GetProperty("total").GetInt32().ShouldBe(listBefore.GetProperty("total").GetInt32() + 1);
        var mine = list.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == b);
        mine.GetProperty("lines").GetInt32().ShouldBe(1);
        mine.GetProperty("surpriseLines").GetInt32().ShouldBe(0);
        (await (await GetAsync("giamdoc.sct", "/api/v1/inspection-plans?year=2026&pageSize=100")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetRawText()
            .ShouldNotContain(surpriseLineB.ToString());

        // Nor can it act on the hidden line: it answers as if it did not exist.
        var team = new[] { await UserIdAsync("thanhtra") };
        await (await PostAsync("giamdoc.sct", $"/api/v1/inspection-plans/{b}/lines/{surpriseLineB}/inspections", new { plannedStart = "2026-09-08", teamUserIds = team }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // A sister department told of plan A through its own line does not learn whom the province will surprise either.
        LineUnits(await PlanAsync("giamdoc.stp", a)).ShouldBe([stp]);

        // The surprise check decided from plan A's line is secret too; when the team arrives the line appears to the unit.
        var check = (await (await PostAsync("theodoi", $"/api/v1/inspection-plans/{a}/lines/{surpriseLineA}/inspections", new { plannedStart = "2026-04-07", teamUserIds = team }))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await GetAsync("giamdoc.sct", $"/api/v1/inspections/{check}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await GetAsync("giamdoc.sct", $"/api/v1/inspection-plans/{a}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await PostAsync("thanhtra", $"/api/v1/inspections/{check}/start")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var revealed = await PlanAsync("giamdoc.sct", a);
        revealed.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("id").GetGuid()).ShouldContain(surpriseLineA);
        Ids(await ListAsync("giamdoc.sct")).ShouldContain(a);
    }

    [Fact]
    public async Task Plan_BadInputOrOutsideScope_RefusedAndNothingStored()
    {
        var before = (await ListAsync("chutich")).GetProperty("total").GetInt32();
        var province = await App.UnitIdAsync(Province);
        var stp = await App.UnitIdAsync(Stp);
        var sct = await App.UnitIdAsync(Sct);

        var empty = await (await PostAsync("theodoi", "/api/v1/inspection-plans", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "title", "bodyUnitId", "year", "lines" })
        {
            empty.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        var bad = await (await PostAsync("theodoi", "/api/v1/inspection-plans", new
        {
            bodyUnitId = province, year = 2026, title = "Kế hoạch",
            lines = new object[]
            {
                Line(stp, 13, false, "workingHours"),
                Line(stp, 5, false, "gardening"),
                Line(stp, 5, false, "directive"),
                new { unitId = stp, month = 5, topics = new[] { "oneStop" }, directive = "Chỉ thị 26/CT-TTg", surprise = false },
            },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "lines[0].month", "lines[1].topics", "lines[2].directive", "lines[3].directive" })
        {
            bad.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        // A line must lie below the body: Sở Tư pháp does not plan checks of Sở Công Thương (nor, as its leader, of anything above it).
        var outside = await (await PostAsync("giamdoc.stp", "/api/v1/inspection-plans", new
        {
            bodyUnitId = stp, year = 2026, title = "Kế hoạch", lines = new[] { Line(sct, 5, false, "oneStop") },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        outside.GetProperty("errors").TryGetProperty("lines[0].unitId", out _).ShouldBeTrue();
        await (await PostAsync("giamdoc.stp", "/api/v1/inspection-plans", new
        {
            bodyUnitId = province, year = 2026, title = "Kế hoạch", lines = new[] { Line(sct, 5, false, "oneStop") },
        })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await PostAsync("chuyenvien", "/api/v1/inspection-plans", new
        {
            bodyUnitId = province, year = 2026, title = "Kế hoạch", lines = new[] { Line(sct, 5, false, "oneStop") },
        })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await PostAsync("theodoi", "/api/v1/inspection-plans", new
        {
            bodyUnitId = province, year = 2030, title = "Kế hoạch", lines = new[] { Line(sct, 5, false, "oneStop") },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("year", out _).ShouldBeTrue();

        (await ListAsync("chutich")).GetProperty("total").GetInt32().ShouldBe(before);
        await (await GetAsync("chutich", $"/api/v1/inspection-plans/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await GetAsync("chutich", "/api/v1/inspection-plans?pageSize=1000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}

[Collection("sqlite")]
public sealed class SqliteInspectionPlanApiTests(SqliteApp app) : InspectionPlanApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresInspectionPlanApiTests(PostgresApp app) : InspectionPlanApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
