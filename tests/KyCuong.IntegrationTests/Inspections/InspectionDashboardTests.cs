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
}

public sealed class SqliteInspectionDashboardTests(SqliteApp app) : InspectionDashboardTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresInspectionDashboardTests(PostgresApp app) : InspectionDashboardTests<PostgresApp>(app), IClassFixture<PostgresApp>;
