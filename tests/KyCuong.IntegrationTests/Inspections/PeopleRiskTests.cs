using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

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

    [Fact]
    public async Task PeopleRisk_ReadsEveryPersonsTasksInOneBatch_SameFactsAsOnePersonAtATime()
    {
        var (unitId, tpId, cvId, cv, tp) = await NewUnitAsync(Stp);
        var thanhtra = await UserIdAsync("thanhtra");
        var chuyenvien = await UserIdAsync("chuyenvien");
        try
        {
            // Decided now (3 Feb), ranked on 20 Mar once the deadlines have passed.
            var id = await DecideAsync(unitId, surprise: false, [thanhtra, chuyenvien], chuyenvien);

            // The specialist's task extended twice (1 serial extension), the head's task three times (2), a second task of the head
            // never extended; every approval by whoever assigned the task.
            async Task ExtendAsync(string holder, string decider, Guid task, params string[] dates)
            {
                foreach (var date in dates)
                {
                    var e = await (await PostAsync(holder, $"/api/v1/tasks/{task}/extensions", new { reason = "Chờ số liệu của các đơn vị.", newDueDate = date }))
                        .ShouldBeJsonAsync(HttpStatusCode.Created);
                    (await PostAsync(decider, $"/api/v1/tasks/{task}/extensions/{e.GetProperty("id").GetGuid()}/decision", new { approve = true, note = "Đồng ý." }))
                        .StatusCode.ShouldBe(HttpStatusCode.OK);
                }
            }

            var cvTask = await CreateTaskAsync(tp, unitId, cvId, "2026-02-20", "Báo cáo tình hình thi hành pháp luật");
            await ExtendAsync(cv, tp, cvTask, "2026-02-27", "2026-03-06");
            var tpTask = await CreateTaskAsync("giamdoc.stp", unitId, tpId, "2026-02-20", "Rà soát thủ tục hành chính");
            await ExtendAsync(tp, "giamdoc.stp", tpTask, "2026-02-25", "2026-03-04", "2026-03-11");
            var tpTask2 = await CreateTaskAsync("giamdoc.stp", unitId, tpId, "2026-03-13", "Tổng hợp kiến nghị");
            await SetClockAsync(Vn(2026, 3, 20));

            // The batch read holds the same facts as the per-person read it replaces, and nobody else's tasks.
            var from = new DateOnly(2025, 3, 20);
            var to = new DateOnly(2026, 3, 20);
            using (var scope = App.Factory.Services.CreateScope())
            {
                var history = scope.ServiceProvider.GetRequiredService<KyCuong.Web.Modules.Tasks.Contracts.ITaskHistoryForEvaluation>();
                var batch = await history.HeldTaskFactsAsync([cvId, tpId], from, to, Ct);
                foreach (var person in new[] { cvId, tpId })
                {
                    var single = (await history.ProductsOfAsync(person, from, to, Ct))
                        .Select(t => (t.TaskId, t.DueDate, t.CompletedOn, Approved: t.Extensions.Count(e => e.Approved))).OrderBy(t => t.TaskId).ToList();
                    batch.Where(b => b.HolderUserId == person).Select(b => (b.TaskId, b.DueDate, b.CompletedOn, Approved: b.ApprovedExtensions))
                        .OrderBy(t => t.TaskId).ToList().ShouldBe(single);
                }

                batch.Select(b => b.TaskId).Order().ToList().ShouldBe(new[] { cvTask, tpTask, tpTask2 }.Order().ToList());
                batch.Single(b => b.TaskId == tpTask).ApprovedExtensions.ShouldBe(3);
                batch.Single(b => b.TaskId == cvTask).DueDate.ShouldBe(new DateOnly(2026, 3, 6));
                (await history.HeldTaskFactsAsync([], from, to, Ct)).ShouldBeEmpty();
            }

            // The ranking: the head 100 % overdue (2 of 2) + 2 serial extensions × 5 = 110; the specialist 100 % + 1 × 5 = 105.
            var ranking = await (await GetAsync("chuyenvien", $"/api/v1/inspections/{id}/people-risk")).ShouldBeJsonAsync(HttpStatusCode.OK);
            ranking.GetArrayLength().ShouldBe(2);
            ranking[0].GetProperty("userId").GetGuid().ShouldBe(tpId);
            ranking[0].GetProperty("inputs").GetProperty("serialExtensions").GetProperty("value").GetDouble().ShouldBe(2);
            ranking[0].GetProperty("inputs").GetProperty("overdueRate").GetProperty("value").GetDouble().ShouldBe(100);
            ranking[0].GetProperty("score").GetDouble().ShouldBe(110);
            ranking[1].GetProperty("userId").GetGuid().ShouldBe(cvId);
            ranking[1].GetProperty("inputs").GetProperty("serialExtensions").GetProperty("value").GetDouble().ShouldBe(1);
            ranking[1].GetProperty("score").GetDouble().ShouldBe(105);
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
