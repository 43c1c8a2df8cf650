using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Inspections;

/// <summary>
/// docs/domain.md "Checks of official duties: papers, dashboard and people": a body's checks of a year, the share of surprise checks,
/// findings by topic and remedies, for the body's leaders and monitors; a surprise check not yet started counts for nobody inside
/// the checked unit.
/// </summary>
public abstract class InspectionDashboardTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
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

    private async Task<Guid> ChildAsync(Guid parent, string name, string kind)
    {
        using var admin = await App.ClientForAsync("admin");
        return (await (await admin.PostAsJsonAsync("/api/v1/units", new { name = $"{name} {Guid.NewGuid().ToString("N")[..6]}", shortName = "X", parentId = parent, kind }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private async Task<Guid> DecideAsync(string user, Guid unitId, bool surprise, Guid team)
    {
        return (await (await PostAsync(user, "/api/v1/inspections", new
        {
            title = "Kiểm tra công vụ", checkedUnitIds = new[] { unitId }, surprise, plannedStart = "2026-02-04", teamUserIds = new[] { team },
            topics = new[] { "Chấp hành giờ giấc, kỷ luật lao động" },
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Dashboard_CountsTheYearsChecks_AndHidesASecretCheckFromThoseInsideTheCheckedUnit()
    {
        // A fresh body (a division of Sở Tư pháp) with a department and its own office, whose monitor sees the body's dashboard.
        var (body, _, _, _, leader) = await NewUnitAsync("Sở Tư pháp tỉnh An Giang");
        var department = await ChildAsync(body, "Tổ nghiệp vụ", "division");
        var office = await ChildAsync(body, "Văn phòng", "office");
        var monitor = $"td.{Guid.NewGuid().ToString("N")[..8]}";
        using (var admin = await App.ClientForAsync("admin"))
        {
            await (await admin.PostAsJsonAsync("/api/v1/users", new
            {
                userName = monitor, fullName = "Chuyên viên theo dõi", password = AppFixture.DemoPassword, unitId = office, position = "Chuyên viên theo dõi, đôn đốc",
                roles = new[] { "monitor" },
            }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        }

        var thanhtra = await UserIdAsync("thanhtra");
        var url = $"/api/v1/inspections/dashboard?bodyId={body}&year=2026";
        var empty = await (await GetAsync(leader, url)).ShouldBeJsonAsync(HttpStatusCode.OK);
        empty.GetProperty("checks").GetProperty("total").GetInt32().ShouldBe(0);
        empty.GetProperty("checks").GetProperty("surpriseShare").ValueKind.ShouldBe(JsonValueKind.Null);

        // A notified check of the department, carried out to its conclusion with one remedy.
        var planned = await DecideAsync(leader, department, surprise: false, thanhtra);
        (await PostAsync("thanhtra", $"/api/v1/inspections/{planned}/start", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var (topic, text) in new[] { ("Chấp hành giờ giấc, kỷ luật lao động", "Vắng mặt lúc 8 giờ."), ("Chấp hành giờ giấc, kỷ luật lao động", "Về sớm lúc 16 giờ."), ((string?)null, "Sổ theo dõi chưa đầy đủ.") })
        {
            await (await PostAsync("thanhtra", $"/api/v1/inspections/{planned}/findings", new { unitId = department, topic, text })).ShouldBeJsonAsync(HttpStatusCode.Created);
        }

        await (await PostAsync(leader, $"/api/v1/inspections/{planned}/conclusion", new
        {
            text = "Chấn chỉnh kỷ luật lao động.", remedies = new[] { new { unitId = department, text = "Kiểm điểm", workingDays = 15 } },
        })).ShouldBeJsonAsync(HttpStatusCode.OK);

        // A surprise check of the department already started, and a surprise check of the office not yet started.
        var started = await DecideAsync(leader, department, surprise: true, thanhtra);
        (await PostAsync("thanhtra", $"/api/v1/inspections/{started}/start", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await DecideAsync(leader, office, surprise: true, thanhtra);

        // The body's leader: 3 checks, 2 started, 1 concluded, 2 surprise (66.7 %); findings by topic; the remedy open within its deadline.
        var all = await (await GetAsync(leader, url)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var checks = all.GetProperty("checks");
        checks.GetProperty("total").GetInt32().ShouldBe(3);
        checks.GetProperty("started").GetInt32().ShouldBe(2);
        checks.GetProperty("concluded").GetInt32().ShouldBe(1);
        checks.GetProperty("surprise").GetInt32().ShouldBe(2);
        checks.GetProperty("surpriseShare").GetDecimal().ShouldBe(66.7m);
        var topics = all.GetProperty("findingsByTopic").EnumerateArray().Select(t => (t.GetProperty("topic").GetString(), t.GetProperty("count").GetInt32())).ToList();
        topics.ShouldBe([("Chấp hành giờ giấc, kỷ luật lao động", 2), ("Khác", 1)]);
        var remedies = all.GetProperty("remedies");
        remedies.GetProperty("total").GetInt32().ShouldBe(1);
        remedies.GetProperty("openOnTime").GetInt32().ShouldBe(1);
        remedies.GetProperty("doneOnTime").GetInt32().ShouldBe(0);
        remedies.GetProperty("onTimeRate").ValueKind.ShouldBe(JsonValueKind.Null);

        // The office's monitor (inside the unit of the secret check) sees the body's dashboard without it: 2 checks, 1 surprise (50 %).
        var seenFromOffice = (await (await GetAsync(monitor, url)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("checks");
        seenFromOffice.GetProperty("total").GetInt32().ShouldBe(2);
        seenFromOffice.GetProperty("surprise").GetInt32().ShouldBe(1);
        seenFromOffice.GetProperty("surpriseShare").GetDecimal().ShouldBe(50m);

        // Another year counts nothing; another department's director and a specialist: 404; bad input: 400.
        (await (await GetAsync(leader, $"/api/v1/inspections/dashboard?bodyId={body}&year=2025")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("checks").GetProperty("total").GetInt32().ShouldBe(0);
        await (await GetAsync("giamdoc.sct", url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await GetAsync("chuyenvien", url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await GetAsync(leader, "/api/v1/inspections/dashboard?year=2026")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("bodyId", out _).ShouldBeTrue();
        (await (await GetAsync(leader, $"/api/v1/inspections/dashboard?bodyId={body}&year=1999")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("year", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Dashboard_PlanAgainstDone_HandComputed_AndASecretLineCountsForNobodyInsideItsUnit()
    {
        // Today is Tue 3 Feb 2026 (the fixture's clock). A fresh body with two departments and an office whose monitor sees the dashboard.
        var (body, _, _, _, leader) = await NewUnitAsync("Sở Tư pháp tỉnh An Giang");
        var deptA = await ChildAsync(body, "Tổ nghiệp vụ A", "division");
        var deptB = await ChildAsync(body, "Tổ nghiệp vụ B", "division");
        var office = await ChildAsync(body, "Văn phòng", "office");
        var monitor = $"td.{Guid.NewGuid().ToString("N")[..8]}";
        using (var admin = await App.ClientForAsync("admin"))
        {
            await (await admin.PostAsJsonAsync("/api/v1/users", new
            {
                userName = monitor, fullName = "Chuyên viên theo dõi", password = AppFixture.DemoPassword, unitId = office, position = "Chuyên viên theo dõi, đôn đốc",
                roles = new[] { "monitor" },
            }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        }

        var thanhtra = await UserIdAsync("thanhtra");
        // Six lines: (1) A in January, notified, carried out; (2) B in January, notified, never decided; (3) A in February, decided, not yet
        // started; (4) the office in January, surprise, decided, not started; (5) the office in March, surprise, not decided; (6) B in
        // January, surprise, carried out.
        var lines = new (Guid Unit, int Month, bool Surprise)[] { (deptA, 1, false), (deptB, 1, false), (deptA, 2, false), (office, 1, true), (office, 3, true), (deptB, 1, true) };
        var planId = (await (await PostAsync(leader, "/api/v1/inspection-plans", new
        {
            bodyUnitId = body, year = 2026, title = "Kế hoạch kiểm tra công vụ năm 2026",
            lines = lines.Select(l => new { unitId = l.Unit, month = l.Month, topics = new[] { "workingHours" }, surprise = l.Surprise }).ToArray(),
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await PostAsync(leader, $"/api/v1/inspection-plans/{planId}/approval", new { })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var planLines = (await (await GetAsync(leader, $"/api/v1/inspection-plans/{planId}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("lines").EnumerateArray()
            .ToDictionary(l => (l.GetProperty("unitId").GetGuid(), l.GetProperty("month").GetInt32(), l.GetProperty("surprise").GetBoolean()), l => l.GetProperty("id").GetGuid());
        planLines.Count.ShouldBe(6);

        async Task<Guid> DecideLineAsync(int n, bool start)
        {
            var l = lines[n - 1];
            var id = (await (await PostAsync(leader, $"/api/v1/inspection-plans/{planId}/lines/{planLines[(l.Unit, l.Month, l.Surprise)]}/inspections",
                new { plannedStart = "2026-02-04", teamUserIds = new[] { thanhtra } })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
            if (start)
            {
                (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/start", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            return id;
        }

        await DecideLineAsync(1, start: true);
        await DecideLineAsync(3, start: false);
        var secret = await DecideLineAsync(4, start: false);
        await DecideLineAsync(6, start: true);

        // The body's leader: 6 lines, done 1 and 6 (2 of 6 = 33.3 %), overdue 2 and 4 (January over, team not arrived); line 3 is due
        // this month and line 5 in March, neither overdue. Checks: 4 decided, 2 started, 2 surprise (50 %).
        var url = $"/api/v1/inspections/dashboard?bodyId={body}&year=2026";
        var all = await (await GetAsync(leader, url)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var plan = all.GetProperty("plan");
        plan.GetProperty("approved").GetBoolean().ShouldBeTrue();
        plan.GetProperty("lines").GetInt32().ShouldBe(6);
        plan.GetProperty("done").GetInt32().ShouldBe(2);
        plan.GetProperty("overdue").GetInt32().ShouldBe(2);
        plan.GetProperty("doneRate").GetDecimal().ShouldBe(33.3m);
        all.GetProperty("checks").GetProperty("total").GetInt32().ShouldBe(4);
        all.GetProperty("checks").GetProperty("started").GetInt32().ShouldBe(2);
        all.GetProperty("checks").GetProperty("surprise").GetInt32().ShouldBe(2);
        all.GetProperty("checks").GetProperty("surpriseShare").GetDecimal().ShouldBe(50m);

        // The office's monitor sits in the unit of lines 4 and 5: neither exists for them. 4 lines, done 2 (50 %), overdue 1 (line 2);
        // checks 3, surprise 1 (line 6, already started), 33.3 %.
        var fromOffice = await (await GetAsync(monitor, url)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var officePlan = fromOffice.GetProperty("plan");
        officePlan.GetProperty("lines").GetInt32().ShouldBe(4);
        officePlan.GetProperty("done").GetInt32().ShouldBe(2);
        officePlan.GetProperty("overdue").GetInt32().ShouldBe(1);
        officePlan.GetProperty("doneRate").GetDecimal().ShouldBe(50m);
        fromOffice.GetProperty("checks").GetProperty("total").GetInt32().ShouldBe(3);
        fromOffice.GetProperty("checks").GetProperty("surprise").GetInt32().ShouldBe(1);
        fromOffice.GetProperty("checks").GetProperty("surpriseShare").GetDecimal().ShouldBe(33.3m);

        // Once the team arrives at the office, the office sees line 4 and its check, now done: 5 lines, 3 done, 1 overdue.
        (await PostAsync("thanhtra", $"/api/v1/inspections/{secret}/start", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = (await (await GetAsync(monitor, url)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("plan");
        after.GetProperty("lines").GetInt32().ShouldBe(5);
        after.GetProperty("done").GetInt32().ShouldBe(3);
        after.GetProperty("overdue").GetInt32().ShouldBe(1);
        after.GetProperty("doneRate").GetDecimal().ShouldBe(60m);
        var leaderAfter = (await (await GetAsync(leader, url)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("plan");
        leaderAfter.GetProperty("done").GetInt32().ShouldBe(3);
        leaderAfter.GetProperty("overdue").GetInt32().ShouldBe(1);

        // A supplementary plan for the same year counts once approved, not while a draft: 6 lines, then 7 (3 done, 1 overdue, 42.9 %).
        var extra = (await (await PostAsync(leader, "/api/v1/inspection-plans", new
        {
            bodyUnitId = body, year = 2026, title = "Kế hoạch kiểm tra công vụ bổ sung năm 2026",
            lines = new[] { new { unitId = deptB, month = 4, topics = new[] { "oneStop" }, surprise = false } },
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await (await GetAsync(leader, url)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("plan").GetProperty("lines").GetInt32().ShouldBe(6);
        await (await PostAsync(leader, $"/api/v1/inspection-plans/{extra}/approval", new { })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var both = (await (await GetAsync(leader, url)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("plan");
        both.GetProperty("lines").GetInt32().ShouldBe(7);
        both.GetProperty("done").GetInt32().ShouldBe(3);
        both.GetProperty("overdue").GetInt32().ShouldBe(1);
        both.GetProperty("doneRate").GetDecimal().ShouldBe(42.9m);
    }
}

[Collection("sqlite")]
public sealed class SqliteInspectionDashboardTests(SqliteApp app) : InspectionDashboardTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresInspectionDashboardTests(PostgresApp app) : InspectionDashboardTests<PostgresApp>(app), IClassFixture<PostgresApp>;
