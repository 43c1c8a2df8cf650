using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Inspections;

/// <summary>Checks of official duties through real HTTP, on SQLite and PostgreSQL (docs/domain.md "Checks of official duties").</summary>
public abstract class InspectionApiTests<TApp>(TApp app) where TApp : AppFixture
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

    private async Task<Guid> CreateAsync(string user, string checkedUnit, bool surprise, string title, params string[] team)
    {
        var teamIds = new List<Guid>();
        foreach (var t in team)
        {
            teamIds.Add(await UserIdAsync(t));
        }

        var created = await (await PostAsync(user, "/api/v1/inspections", new
        {
            title, checkedUnitIds = new[] { await App.UnitIdAsync(checkedUnit) }, surprise, plannedStart = "2027-01-15", teamUserIds = teamIds,
            topics = new[] { "Chấp hành giờ giấc, kỷ luật lao động", "Xử lý nhiệm vụ, thời hạn" },
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> ListAsync(string user, string query = "")
    {
        var page = await (await GetAsync(user, $"/api/v1/inspections?pageSize=100{query}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        return page;
    }

    private static List<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    private async Task RunJobsAsync()
    {
        using var admin = await App.ClientForAsync("admin");
        (await admin.PostAsync("/api/v1/system/jobs/run", null, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<string> InboxRawAsync(string user)
    {
        using var client = await App.ClientForAsync(user);
        return await client.GetStringAsync("/api/v1/notifications?pageSize=100", Ct);
    }

    private async Task<int> UnreadAsync(string user)
    {
        using var client = await App.ClientForAsync(user);
        return (await client.GetFromJsonAsync<JsonElement>("/api/v1/notifications/unread-count", Ct)).GetProperty("unread").GetInt32();
    }

    [Fact]
    public async Task SurpriseCheck_InvisibleToCheckedUnitInEveryListAndCount_UntilTheTeamArrives()
    {
        await RunJobsAsync();
        var listBefore = await ListAsync("giamdoc.sct");
        var plannedBefore = await ListAsync("giamdoc.sct", "&status=planned");
        var unreadBefore = await UnreadAsync("giamdoc.sct");

        // The provincial office's monitor decides a surprise check of Sở Công Thương with an official of Sở Nội vụ on the team.
        var id = await CreateAsync("theodoi", Sct, surprise: true, "Kiểm tra đột xuất việc chấp hành kỷ luật tại Sở Công Thương", "thanhtra");
        await RunJobsAsync();

        // The checked unit's head: not found, in no list or count, no notice, nothing in the work list.
        await (await GetAsync("giamdoc.sct", $"/api/v1/inspections/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var list = await ListAsync("giamdoc.sct");
        Ids(list).ShouldNotContain(id);
        list.GetProperty("total").GetInt32().ShouldBe(listBefore.GetProperty("total").GetInt32());
        var planned = await ListAsync("giamdoc.sct", "&status=planned");
        planned.GetProperty("total").GetInt32().ShouldBe(plannedBefore.GetProperty("total").GetInt32());
        (await InboxRawAsync("giamdoc.sct")).ShouldNotContain(id.ToString());
        (await UnreadAsync("giamdoc.sct")).ShouldBe(unreadBefore);
        using (var director = await App.ClientForAsync("giamdoc.sct"))
        {
            (await director.GetStringAsync("/api/v1/me/work", Ct)).ShouldNotContain(id.ToString());
        }

        // Nor can the checked unit act on it: every action answers as if it did not exist.
        await (await PostAsync("giamdoc.sct", $"/api/v1/inspections/{id}/start", new { })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await PostAsync("giamdoc.sct", $"/api/v1/inspections/{id}/explanations", new { unitId = await App.UnitIdAsync(Sct), text = "x" }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // Another department sees nothing either; the team, the ordering body's leader and the office that decided it do.
        await (await GetAsync("giamdoc.stp", $"/api/v1/inspections/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        foreach (var user in new[] { "thanhtra", "chutich", "theodoi" })
        {
            var seen = await (await GetAsync(user, $"/api/v1/inspections/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
            seen.GetProperty("status").GetString().ShouldBe("planned");
            seen.GetProperty("surprise").GetBoolean().ShouldBeTrue();
            Ids(await ListAsync(user)).ShouldContain(id);
        }

        (await InboxRawAsync("thanhtra")).ShouldContain(id.ToString());

        // The team arrives: from now the checked unit sees the check and its head is told.
        var started = await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/start", new { })).ShouldBeJsonAsync(HttpStatusCode.OK);
        started.GetProperty("status").GetString().ShouldBe("started");
        await RunJobsAsync();
        (await (await GetAsync("giamdoc.sct", $"/api/v1/inspections/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("started");
        var after = await ListAsync("giamdoc.sct");
        Ids(after).ShouldContain(id);
        after.GetProperty("total").GetInt32().ShouldBe(listBefore.GetProperty("total").GetInt32() + 1);
        (await InboxRawAsync("giamdoc.sct")).ShouldContain($"/Inspections/Details/{id}");
        (await UnreadAsync("giamdoc.sct")).ShouldBe(unreadBefore + 1);
        await (await GetAsync("giamdoc.stp", $"/api/v1/inspections/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task PlannedCheck_DecisionToClosure_RemedyBecomesTaskOfCheckedUnit_AndIsVerified()
    {
        var stp = await App.UnitIdAsync(Stp);
        var id = await CreateAsync("chutich", Stp, surprise: false, "Kiểm tra công vụ tại Sở Tư pháp năm 2026", "thanhtra", "chuyenvien");

        // A notified check is known to the checked unit from the decision, but only the team or the ordering body runs it.
        var seen = await (await GetAsync("giamdoc.stp", $"/api/v1/inspections/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        seen.GetProperty("orderingUnit").GetProperty("name").GetString().ShouldBe(Province);
        seen.GetProperty("topics").GetArrayLength().ShouldBe(2);
        await (await PostAsync("giamdoc.stp", $"/api/v1/inspections/{id}/start", new { })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/start", new { })).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("status").GetString().ShouldBe("started");
        (await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/start", new { })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("inspection.alreadyStarted");
        (await (await PostAsync("chutich", $"/api/v1/inspections/{id}/conclusion", new { text = "Kết luận sớm." })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("inspection.noFindings");

        await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new { unitId = await App.UnitIdAsync(Sct), text = "Sai đơn vị." }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new
        {
            unitId = stp, topic = "Xử lý nhiệm vụ, thời hạn", text = "4 hồ sơ chứng thực quá hạn trả kết quả, không có văn bản xin lỗi.",
        })).ShouldBeJsonAsync(HttpStatusCode.Created);

        // The checked unit explains once; another unit may not explain for it.
        await (await PostAsync("giamdoc.sct", $"/api/v1/inspections/{id}/explanations", new { unitId = stp, text = "x" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await PostAsync("giamdoc.stp", $"/api/v1/inspections/{id}/explanations", new { unitId = stp, text = "Do thiếu công chức trong tháng 1; đã bổ sung." }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        (await (await PostAsync("giamdoc.stp", $"/api/v1/inspections/{id}/explanations", new { unitId = stp, text = "Lần hai." })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("inspection.alreadyExplained");

        // The team does not conclude; a deadline outside 15–30 working days is refused and changes nothing.
        var remedy = new { unitId = stp, text = "Rà soát, trả kết quả 4 hồ sơ quá hạn và xin lỗi người dân", workingDays = 15 };
        await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/conclusion", new { text = "Kết luận.", remedies = new[] { remedy } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        var tooShort = await (await PostAsync("chutich", $"/api/v1/inspections/{id}/conclusion", new { text = "Kết luận.", remedies = new[] { remedy with { workingDays = 10 } } }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        tooShort.GetProperty("errors").TryGetProperty("remedies[0].workingDays", out _).ShouldBeTrue();
        (await (await GetAsync("chutich", $"/api/v1/inspections/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("explained");

        var concluded = await (await PostAsync("chutich", $"/api/v1/inspections/{id}/conclusion", new
        {
            text = "Sở Tư pháp chấn chỉnh việc giải quyết hồ sơ chứng thực.", remedies = new[] { remedy },
        })).ShouldBeJsonAsync(HttpStatusCode.OK);
        concluded.GetProperty("status").GetString().ShouldBe("concluded");
        var r = concluded.GetProperty("remedies")[0];
        // 15 working days from the day after Tue 3 Feb 2026, Tết 16–20 Feb skipped (docs/domain.md §7): Tue 3 Mar 2026.
        r.GetProperty("dueDate").GetString().ShouldBe("2026-03-03");
        var taskId = r.GetProperty("taskId").GetGuid();
        var remedyId = r.GetProperty("id").GetGuid();
        (await (await PostAsync("chutich", $"/api/v1/inspections/{id}/conclusion", new { text = "Lần hai." })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("inspection.alreadyConcluded");

        // The remedy is an ordinary task of the checked unit, with its deadline, chased like any other.
        var task = await (await GetAsync("giamdoc.stp", $"/api/v1/tasks/{taskId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        task.GetProperty("leadUnitId").GetGuid().ShouldBe(stp);
        task.GetProperty("dueDate").GetString().ShouldBe("2026-03-03");
        task.GetProperty("title").GetString()!.ShouldContain("Khắc phục sau kiểm tra công vụ");
        using (var director = await App.ClientForAsync("giamdoc.stp"))
        {
            (await director.GetStringAsync("/api/v1/me/work", Ct)).ShouldContain(taskId.ToString());
        }

        var details = await (await GetAsync("giamdoc.stp", $"/api/v1/inspections/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var shown = details.GetProperty("conclusion").GetProperty("remedies")[0];
        shown.GetProperty("taskState").GetString().ShouldBe("open");
        shown.GetProperty("verification").GetString().ShouldBe("pending");

        // The follow-up: not remedied first (counted in the risk ranking), then remedied, which closes the check.
        await (await PostAsync("giamdoc.stp", $"/api/v1/inspections/{id}/verifications", new { remedies = new[] { new { remedyId, verified = true } } }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/verifications", new { remedies = new[] { new { remedyId, verified = false, note = "Chưa xin lỗi người dân." } } }))
            .ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("concluded");
        var ranking = await (await GetAsync("chutich", $"/api/v1/inspections/risk-ranking?unitId={await App.UnitIdAsync(Province)}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var stpRisk = ranking.EnumerateArray().Single(u => u.GetProperty("unitId").GetGuid() == stp).GetProperty("inputs").GetProperty("unremediedFindings");
        stpRisk.GetProperty("value").GetDouble().ShouldBe(1);
        stpRisk.GetProperty("points").GetDouble().ShouldBe(20);

        (await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/verifications", new { remedies = new[] { new { remedyId, verified = true } } }))
            .ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("closed");
        await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/verifications", new { remedies = new[] { new { remedyId, verified = true } } }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Create_BadInputOrOutsideScope_RefusedAndNothingStored()
    {
        var before = (await ListAsync("chutich")).GetProperty("total").GetInt32();

        var empty = await (await PostAsync("chutich", "/api/v1/inspections", new { })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "title", "checkedUnitIds", "teamUserIds", "plannedStart" })
        {
            empty.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        var sct = await App.UnitIdAsync(Sct);
        var thanhtra = await UserIdAsync("thanhtra");
        var past = await (await PostAsync("chutich", "/api/v1/inspections", new
        {
            title = "Kiểm tra", checkedUnitIds = new[] { sct }, surprise = false, plannedStart = "2026-01-05", teamUserIds = new[] { thanhtra },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        past.GetProperty("errors").TryGetProperty("plannedStart", out _).ShouldBeTrue();

        // Someone of the checked unit cannot sit on its team.
        var inside = await (await PostAsync("chutich", "/api/v1/inspections", new
        {
            title = "Kiểm tra", checkedUnitIds = new[] { sct }, surprise = true, plannedStart = "2027-01-15", teamUserIds = new[] { await UserIdAsync("giamdoc.sct") },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        inside.GetProperty("errors").TryGetProperty("teamUserIds", out _).ShouldBeTrue();

        // A department director does not order checks of a sister department; a specialist does not order checks at all.
        await (await PostAsync("giamdoc.stp", "/api/v1/inspections", new
        {
            title = "Kiểm tra", checkedUnitIds = new[] { sct }, surprise = true, plannedStart = "2027-01-15", teamUserIds = new[] { thanhtra },
        })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await PostAsync("chuyenvien", "/api/v1/inspections", new
        {
            title = "Kiểm tra", checkedUnitIds = new[] { await App.UnitIdAsync("Phòng Tổ chức, biên chế") }, surprise = false, plannedStart = "2027-01-15",
            teamUserIds = new[] { thanhtra },
        })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        // The ordering body must be above the checked unit.
        await (await PostAsync("chutich", "/api/v1/inspections", new
        {
            title = "Kiểm tra", checkedUnitIds = new[] { sct }, surprise = false, plannedStart = "2027-01-15", teamUserIds = new[] { thanhtra },
            orderingUnitId = sct,
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        (await ListAsync("chutich")).GetProperty("total").GetInt32().ShouldBe(before);
        await (await GetAsync("chutich", $"/api/v1/inspections/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await GetAsync("chutich", "/api/v1/inspections?pageSize=1000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task RiskRanking_ExplainsEachScore_SampleIsSeeded_AndOnlyForTheOrderingBody()
    {
        var province = await App.UnitIdAsync(Province);
        var ranking = await (await GetAsync("chutich", $"/api/v1/inspections/risk-ranking?unitId={province}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var items = ranking.EnumerateArray().ToList();
        items.Select(i => i.GetProperty("unitId").GetGuid()).ShouldContain(await App.UnitIdAsync(Sct));
        items.Select(i => i.GetProperty("score").GetDouble()).ShouldBe(items.Select(i => i.GetProperty("score").GetDouble()).OrderByDescending(s => s));
        foreach (var item in items)
        {
            var inputs = item.GetProperty("inputs").EnumerateObject().ToList();
            inputs.Select(p => p.Name).ShouldBe(["overdueRate", "deemedAgreements", "unremediedFindings"], ignoreOrder: true);
            foreach (var input in inputs)
            {
                input.Value.GetProperty("points").GetDouble().ShouldBe(
                    Math.Round(input.Value.GetProperty("value").GetDouble() * input.Value.GetProperty("weight").GetDouble(), 2), 0.005);
            }

            item.GetProperty("score").GetDouble().ShouldBe(inputs.Sum(p => p.Value.GetProperty("points").GetDouble()), 0.02);
        }

        // The default weights are the settings' defaults.
        items[0].GetProperty("inputs").GetProperty("unremediedFindings").GetProperty("weight").GetDouble().ShouldBe(20);

        // A checked unit cannot see how it ranks, nor draw the sample.
        await (await GetAsync("giamdoc.sct", $"/api/v1/inspections/risk-ranking?unitId={province}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await PostAsync("giamdoc.sct", "/api/v1/inspections/risk-ranking/sample", new { unitId = province, size = 2, seed = 7 }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await GetAsync("chutich", "/api/v1/inspections/risk-ranking")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        var first = await (await PostAsync("chutich", "/api/v1/inspections/risk-ranking/sample", new { unitId = province, size = 3, seed = 20260310 })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var again = await (await PostAsync("chutich", "/api/v1/inspections/risk-ranking/sample", new { unitId = province, size = 3, seed = 20260310 })).ShouldBeJsonAsync(HttpStatusCode.OK);
        var drawn = first.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitId").GetGuid()).ToList();
        drawn.Count.ShouldBe(3);
        drawn.Distinct().Count().ShouldBe(3);
        again.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("unitId").GetGuid()).ShouldBe(drawn);
        await (await PostAsync("chutich", "/api/v1/inspections/risk-ranking/sample", new { unitId = province, size = 0, seed = 1 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await PostAsync("chutich", "/api/v1/inspections/risk-ranking/sample", new { unitId = province, size = 2 })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}

[Collection("sqlite")]
public sealed class SqliteInspectionApiTests(SqliteApp app) : InspectionApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresInspectionApiTests(PostgresApp app) : InspectionApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
