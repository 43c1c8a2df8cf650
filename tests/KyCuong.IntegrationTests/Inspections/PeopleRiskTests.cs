using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Inspections;

/// <summary>
/// docs/domain.md "Checks of official duties: risk ranking of people" and "findings about people": the team leader named in the
/// decision, the notice to the official a finding names (never before a surprise check starts), and the people ranking only the
/// team leader sees, against hand-computed scores.
/// </summary>
public abstract class PeopleRiskTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
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

    private async Task<string> InboxRawAsync(string user)
    {
        using var client = await App.ClientForAsync(user);
        return await client.GetStringAsync("/api/v1/notifications?pageSize=100", Ct);
    }

    private async Task<Guid> DecideAsync(Guid unitId, bool surprise, Guid[] team, Guid? leader)
    {
        var created = await (await PostAsync("giamdoc.stp", "/api/v1/inspections", new
        {
            title = surprise ? "Kiểm tra đột xuất kỷ luật lao động" : "Kiểm tra công vụ có thông báo", checkedUnitIds = new[] { unitId }, surprise,
            plannedStart = "2026-02-10", teamUserIds = team, topics = new[] { "Chấp hành giờ giấc, kỷ luật lao động" }, teamLeaderUserId = leader,
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task TeamLeaderMustBeOnTheTeam_AndIsRecorded()
    {
        var (unitId, _, _, _, _) = await NewUnitAsync(Stp);
        var thanhtra = await UserIdAsync("thanhtra");
        var chuyenvien = await UserIdAsync("chuyenvien");
        var outsider = await UserIdAsync("giamdoc.sct");
        var before = await (await GetAsync("giamdoc.stp", "/api/v1/inspections?pageSize=1")).ShouldBeJsonAsync(HttpStatusCode.OK);

        var refused = await (await PostAsync("giamdoc.stp", "/api/v1/inspections", new
        {
            title = "Kiểm tra", checkedUnitIds = new[] { unitId }, surprise = false, plannedStart = "2026-02-10", teamUserIds = new[] { thanhtra },
            topics = Array.Empty<string>(), teamLeaderUserId = outsider,
        })).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        refused.GetProperty("code").GetString().ShouldBe("inspection.teamLeaderNotOnTeam");
        refused.GetProperty("errors").GetProperty("teamLeaderUserId")[0].GetString()
            .ShouldBe("Trưởng đoàn phải là một trong các thành viên đoàn kiểm tra đã chọn. / The team leader must be one of the chosen team members.");
        (await (await GetAsync("giamdoc.stp", "/api/v1/inspections?pageSize=1")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32()
            .ShouldBe(before.GetProperty("total").GetInt32());

        // The head need not be listed first.
        var id = await DecideAsync(unitId, surprise: false, [thanhtra, chuyenvien], chuyenvien);
        (await (await GetAsync("thanhtra", $"/api/v1/inspections/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("teamLeaderUserId").GetGuid()
            .ShouldBe(chuyenvien);
    }

    [Fact]
    public async Task PersonNamedInFinding_IsNotified_OnlyOnceTheSurpriseCheckHasStarted()
    {
        var (unitId, _, cvId, cv, _) = await NewUnitAsync(Stp);
        var thanhtra = await UserIdAsync("thanhtra");
        var id = await DecideAsync(unitId, surprise: true, [thanhtra], null);

        // Before the team arrives no finding can be recorded, so nothing reaches the person.
        (await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new { unitId, text = "Vắng mặt lúc 8 giờ.", personUserId = cvId }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("inspection.notInProgress");
        (await OutboxCountAsync($"inspection:{id}:finding")).ShouldBe(0);
        await RunJobsAsync();
        (await InboxRawAsync(cv)).ShouldNotContain(id.ToString());

        (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/start", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new { unitId, text = "Sổ theo dõi hồ sơ ghi chưa đầy đủ." }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        (await OutboxCountAsync($"inspection:{id}:finding")).ShouldBe(0);
        var findingId = (await (await PostAsync("thanhtra", $"/api/v1/inspections/{id}/findings", new
        {
            unitId, text = "Công chức tiếp nhận hồ sơ vắng mặt không lý do lúc 8 giờ 15.", personUserId = cvId,
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await OutboxCountAsync($"inspection:{id}:finding:{findingId}:person")).ShouldBe(1);
        await RunJobsAsync();
        var inbox = await InboxRawAsync(cv);
        inbox.ShouldContain("nêu tên đồng chí");
        inbox.ShouldContain($"/Inspections/Details/{id}");
    }

    [Fact]
    public async Task PeopleRisk_HandComputed_ExplainedByInputs_OnlyForTheTeamLeader()
    {
        var (unitId, tpId, cvId, cv, tp) = await NewUnitAsync(Stp);
        var thanhtra = await UserIdAsync("thanhtra");
        var chuyenvien = await UserIdAsync("chuyenvien");
        try
        {
            // Two tasks of the specialist due 05/02/2026: one done on time, one still open on 10/02 (50 % overdue).
            var done = await CreateTaskAsync("chutich", unitId, cvId, "2026-02-05", "Báo cáo kết quả cải cách hành chính");
            var open = await CreateTaskAsync("chutich", unitId, cvId, "2026-02-05", "Rà soát văn bản quy phạm");
            using (var self = await App.ClientForAsync(cv))
            {
                (await self.PostAsJsonAsync($"/api/v1/tasks/{done}/complete", new { result = "Đã gửi báo cáo." }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            // Three reminders counted against the specialist: the third raises the transfer-review flag (docs/domain.md §10).
            for (var n = 1; n <= 3; n++)
            {
                await (await PostAsync("theodoi", $"/api/v1/tasks/{open}/reminders", new { note = $"Đề nghị báo cáo tiến độ (lần {n})." }))
                    .ShouldBeJsonAsync(HttpStatusCode.Created);
            }

            // An earlier check's finding named the specialist.
            var earlier = await DecideAsync(unitId, surprise: false, [thanhtra], null);
            (await PostAsync("thanhtra", $"/api/v1/inspections/{earlier}/start", new { })).StatusCode.ShouldBe(HttpStatusCode.OK);
            await (await PostAsync("thanhtra", $"/api/v1/inspections/{earlier}/findings", new { unitId, text = "Trả lời hồ sơ chậm 1 ngày.", personUserId = cvId }))
                .ShouldBeJsonAsync(HttpStatusCode.Created);

            await SetClockAsync(Vn(2026, 2, 10));
            var id = await DecideAsync(unitId, surprise: true, [thanhtra, chuyenvien], chuyenvien);

            var ranking = await (await GetAsync("chuyenvien", $"/api/v1/inspections/{id}/people-risk")).ShouldBeJsonAsync(HttpStatusCode.OK);
            ranking.GetArrayLength().ShouldBe(2);
            var first = ranking[0];
            first.GetProperty("userId").GetGuid().ShouldBe(cvId);
            first.GetProperty("unitId").GetGuid().ShouldBe(unitId);
            var inputs = first.GetProperty("inputs");
            void Input(string key, double value, double weight, double points)
            {
                var x = inputs.GetProperty(key);
                x.GetProperty("value").GetDouble().ShouldBe(value);
                x.GetProperty("weight").GetDouble().ShouldBe(weight);
                x.GetProperty("points").GetDouble().ShouldBe(points);
            }

            Input("overdueRate", 50, 1, 50);
            Input("serialExtensions", 0, 5, 0);
            Input("countedReminders", 3, 3, 9);
            Input("transferReviewFlag", 1, 20, 20);
            Input("priorFindings", 1, 10, 10);
            first.GetProperty("score").GetDouble().ShouldBe(89);
            ranking[1].GetProperty("userId").GetGuid().ShouldBe(tpId);
            ranking[1].GetProperty("score").GetDouble().ShouldBe(0);

            // Anyone but the team leader: 404 — another member, the ordering body's director, the person ranked, the unit's head, an admin.
            foreach (var user in new[] { "thanhtra", "giamdoc.stp", cv, tp, "admin", "giamdoc.sct" })
            {
                await (await GetAsync(user, $"/api/v1/inspections/{id}/people-risk")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            }
        }
        finally
        {
            await ResetClockAsync();
        }
    }
}

[Collection("sqlite")]
public sealed class SqlitePeopleRiskTests(SqliteApp app) : PeopleRiskTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresPeopleRiskTests(PostgresApp app) : PeopleRiskTests<PostgresApp>(app), IClassFixture<PostgresApp>;
