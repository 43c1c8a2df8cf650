using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Evaluation.Innovation.Domain;
using KyCuong.Web.Modules.Evaluation.Innovation.LapseJob;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Evaluation;

/// <summary>
/// docs/domain.md "Evaluation: innovation proposals" end to end (Nghị định 73/2023/NĐ-CP): an official proposes, the body's leadership
/// votes (the deputy in charge of the proposer's field excluded, more than half to pass), a vote not held in time lapses to the head who
/// decides in writing, and an approved proposal protects the proposer's late task in the evaluation. Every figure by hand.
/// </summary>
public abstract class InnovationTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";

    private sealed record Body(Guid BodyId, Guid DivisionId, string Head, string Deputy1, string Deputy2, Guid Deputy1Id, string DivisionHead, string Cv, Guid CvId,
        string Cv2, Guid Cv2Id);

    /// <summary>A fresh body (a department under the Sở) with a head and two deputies, and a division of it with its head and two specialists.</summary>
    private async Task<Body> NewBodyAsync()
    {
        using var admin = await App.ClientForAsync("admin");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        async Task<Guid> UnitAsync(string name, Guid parentId, string kind) =>
            (await (await admin.PostAsJsonAsync("/api/v1/units", new { name = $"{name} {suffix}", shortName = "TH", parentId, kind }, Ct))
                .ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        async Task<(string, Guid)> UserAsync(string prefix, string fullName, Guid unitId, string position, string role)
        {
            var name = $"{prefix}.{suffix}";
            var user = await (await admin.PostAsJsonAsync("/api/v1/users", new
            {
                userName = name, fullName, password = AppFixture.DemoPassword, unitId, position, roles = new[] { role },
            }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
            return (name, user.GetProperty("id").GetGuid());
        }

        var body = await UnitAsync("Ban thử nghiệm", await App.UnitIdAsync(Snv), "department");
        var division = await UnitAsync("Phòng thử nghiệm", body, "division");
        var (head, _) = await UserAsync("gd", "Giám đốc thử", body, "Trưởng ban", "leader");
        var (d1, d1Id) = await UserAsync("pgd1", "Phó trưởng ban phụ trách", body, "Phó Trưởng ban", "deputyLeader");
        var (d2, _) = await UserAsync("pgd2", "Phó trưởng ban thứ hai", body, "Phó Trưởng ban", "deputyLeader");
        var (tp, _) = await UserAsync("tp", "Trưởng phòng thử", division, "Trưởng phòng", "leader");
        var (cv, cvId) = await UserAsync("cv", "Chuyên viên đề xuất", division, "Chuyên viên", "specialist");
        var (cv2, cv2Id) = await UserAsync("cv2", "Chuyên viên cùng phòng", division, "Chuyên viên", "specialist");
        return new Body(body, division, head, d1, d2, d1Id, tp, cv, cvId, cv2, cv2Id);
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

    private static object Proposal(string title, Guid[] taskIds, Guid? excludedDeputyUserId) => new
    {
        title,
        problem = "Thí sinh phải nộp hồ sơ giấy, thời gian tiếp nhận kéo dài 10 ngày.",
        proposal = "Tiếp nhận hồ sơ qua Cổng dịch vụ công, đối chiếu bản gốc khi trúng tuyển.",
        scope = "Kỳ tuyển dụng năm 2026 của cơ quan.",
        expectedOutcome = "Thời gian tiếp nhận còn 3 ngày.",
        taskIds,
        excludedDeputyUserId,
    };

    private async Task CompleteLateWithErrorAsync(string holder, string reviewer, Guid taskId)
    {
        await (await PostAsync(holder, $"/api/v1/tasks/{taskId}/complete", new { result = "Đã hoàn thành." })).ShouldBeJsonAsync(HttpStatusCode.OK);
        await (await PostAsync(reviewer, $"/api/v1/tasks/{taskId}/review", new { quality = "met", majorError = true, note = "Sai căn cứ ở mục 2." }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ApprovedByMajority_ProtectsTheProposersLateTask_NotTheColleaguesIdenticalOne()
    {
        var b = await NewBodyAsync();
        try
        {
            // Mon 3/8: the division head gives cv and cv2 the same kind of task, due Fri 14/8.
            await SetClockAsync(Vn(2026, 8, 3));
            var mine = await CreateTaskAsync(b.DivisionHead, b.DivisionId, b.CvId, "2026-08-14", "Tiếp nhận hồ sơ tuyển dụng đợt 1");
            var theirs = await CreateTaskAsync(b.DivisionHead, b.DivisionId, b.Cv2Id, "2026-08-14", "Tiếp nhận hồ sơ tuyển dụng đợt 2");

            // Tue 4/8: cv proposes; the deputy in charge of cv's field is excluded: the head and the other deputy vote (2 members, 2 needed).
            await SetClockAsync(Vn(2026, 8, 4));
            var created = await (await PostAsync(b.Cv, "/api/v1/innovation-proposals", Proposal("Tiếp nhận hồ sơ tuyển dụng trực tuyến", [mine], b.Deputy1Id)))
                .ShouldBeJsonAsync(HttpStatusCode.Created);
            var id = created.GetProperty("id").GetGuid();
            created.GetProperty("status").GetString().ShouldBe("voting");
            created.GetProperty("bodyUnitId").GetGuid().ShouldBe(b.BodyId);
            created.GetProperty("members").GetInt32().ShouldBe(2);
            created.GetProperty("needed").GetInt32().ShouldBe(2);
            // 7 working days after Tue 4/8, the first day not counted: 5, 6, 7, 10, 11, 12, 13 → Thu 13/8.
            created.GetProperty("voteDeadline").GetString().ShouldBe("2026-08-13");
            created.GetProperty("tasks").EnumerateArray().Single().GetProperty("taskId").GetGuid().ShouldBe(mine);
            (await OutboxCountAsync($"innovation:{id}:proposed:")).ShouldBe(2);

            // Who sees it: the proposer, the body's leaders, the personnel office; not a colleague, the division head or another body.
            var url = $"/api/v1/innovation-proposals/{id}";
            foreach (var reader in new[] { b.Cv, b.Head, b.Deputy1, b.Deputy2, "theodoi", "admin" })
            {
                (await GetAsync(reader, url)).StatusCode.ShouldBe(HttpStatusCode.OK, reader);
            }

            foreach (var stranger in new[] { b.Cv2, b.DivisionHead, "giamdoc.sct", "chuyenvien" })
            {
                await (await GetAsync(stranger, url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
                await (await PostAsync(stranger, $"{url}/votes", new { approve = true })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
                (await (await GetAsync(stranger, "/api/v1/innovation-proposals")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
                    .ShouldNotContain(p => p.GetProperty("id").GetGuid() == id, stranger);
            }

            // Neither the proposer nor the excluded deputy votes.
            await (await PostAsync(b.Cv, $"{url}/votes", new { approve = true })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await (await PostAsync(b.Deputy1, $"{url}/votes", new { approve = true })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

            // One vote of two is not more than half; the second is.
            await SetClockAsync(Vn(2026, 8, 5));
            var one = await (await PostAsync(b.Head, $"{url}/votes", new { approve = true, comment = "Đồng ý." })).ShouldBeJsonAsync(HttpStatusCode.OK);
            one.GetProperty("status").GetString().ShouldBe("voting");
            one.GetProperty("inFavour").GetInt32().ShouldBe(1);
            (await (await PostAsync(b.Head, $"{url}/votes", new { approve = true })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
                .GetProperty("code").GetString().ShouldBe("innovation.alreadyVoted");
            var two = await (await PostAsync(b.Deputy2, $"{url}/votes", new { approve = true })).ShouldBeJsonAsync(HttpStatusCode.OK);
            two.GetProperty("status").GetString().ShouldBe("approved");
            two.GetProperty("decision").GetProperty("by").GetString().ShouldBe("vote");
            (await OutboxCountAsync($"innovation:{id}:decided")).ShouldBe(1);
            (await (await GetAsync(b.Cv, "/api/v1/innovation-proposals?status=approved")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
                .ShouldContain(p => p.GetProperty("id").GetGuid() == id);

            // Mon 17/8 both complete (15–17/8 late: one delay each) and the division head finds one major error in each.
            await SetClockAsync(Vn(2026, 8, 17, 10));
            await CompleteLateWithErrorAsync(b.Cv, b.DivisionHead, mine);
            await CompleteLateWithErrorAsync(b.Cv2, b.DivisionHead, theirs);
            await SetClockAsync(Vn(2026, 10, 2));

            // Without the proposal: a = 1, b = 1 − 25 % = 0.75, c = 1 − 25 % = 0.75; score = 2.5/3 = 0.8333; points = 0.8333… × 70 = 58.33.
            var plain = await (await GetAsync(b.Cv2, $"/api/v1/users/{b.Cv2Id}/evaluation?period=2026-Q3")).ShouldBeJsonAsync(HttpStatusCode.OK);
            plain.GetProperty("quality").GetDecimal().ShouldBe(0.75m);
            plain.GetProperty("progress").GetDecimal().ShouldBe(0.75m);
            plain.GetProperty("taskPercent").GetDecimal().ShouldBe(0.8333m);
            plain.GetProperty("taskPoints").GetDecimal().ShouldBe(58.33m);
            plain.GetProperty("products")[0].GetProperty("protection").ValueKind.ShouldBe(JsonValueKind.Null);

            // With it: the same delay and error are not the proposer's: a = b = c = 1; points = 70.
            var shielded = await (await GetAsync(b.Cv, $"/api/v1/users/{b.CvId}/evaluation?period=2026-Q3")).ShouldBeJsonAsync(HttpStatusCode.OK);
            shielded.GetProperty("quality").GetDecimal().ShouldBe(1m);
            shielded.GetProperty("progress").GetDecimal().ShouldBe(1m);
            shielded.GetProperty("taskPercent").GetDecimal().ShouldBe(1m);
            shielded.GetProperty("taskPoints").GetDecimal().ShouldBe(70m);
            var product = shielded.GetProperty("products")[0];
            product.GetProperty("delays").GetInt32().ShouldBe(1);
            product.GetProperty("majorErrors").GetInt32().ShouldBe(1);
            product.GetProperty("protection").GetProperty("proposalId").GetGuid().ShouldBe(id);
            product.GetProperty("protection").GetProperty("label").GetString().ShouldBe("Được bảo vệ theo NĐ 73/2023");
            product.GetProperty("notes").EnumerateArray().ShouldContain(n => n.GetString()!.Contains("NĐ 73/2023", StringComparison.Ordinal));
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task Rejected_WhenMoreThanHalfCanNoLongerAgree_Lapsed_ThenTheHeadDecidesInWriting()
    {
        var b = await NewBodyAsync();
        try
        {
            await SetClockAsync(Vn(2026, 8, 4));

            // No exclusion: head and both deputies vote (3 members, 2 needed); two against leave at most one in favour → rejected.
            var p1 = (await (await PostAsync(b.Cv, "/api/v1/innovation-proposals", Proposal("Đề xuất thứ nhất", [], null))).ShouldBeJsonAsync(HttpStatusCode.Created))
                .GetProperty("id").GetGuid();
            (await (await PostAsync(b.Deputy1, $"/api/v1/innovation-proposals/{p1}/votes", new { approve = false })).ShouldBeJsonAsync(HttpStatusCode.OK))
                .GetProperty("status").GetString().ShouldBe("voting");
            var rejected = await (await PostAsync(b.Deputy2, $"/api/v1/innovation-proposals/{p1}/votes", new { approve = false, comment = "Chưa đủ căn cứ." }))
                .ShouldBeJsonAsync(HttpStatusCode.OK);
            rejected.GetProperty("status").GetString().ShouldBe("rejected");
            rejected.GetProperty("against").GetInt32().ShouldBe(2);
            (await (await PostAsync(b.Head, $"/api/v1/innovation-proposals/{p1}/votes", new { approve = true })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
                .GetProperty("code").GetString().ShouldBe("innovation.alreadyDecided");

            // Nobody votes on the second by Thu 13/8: on Fri 14/8 it has lapsed — flagged to the head, not approved by silence.
            var p2 = (await (await PostAsync(b.Cv, "/api/v1/innovation-proposals", Proposal("Đề xuất thứ hai", [], null))).ShouldBeJsonAsync(HttpStatusCode.Created))
                .GetProperty("id").GetGuid();
            var url = $"/api/v1/innovation-proposals/{p2}";
            await SetClockAsync(Vn(2026, 8, 13, 16));
            (await (await GetAsync(b.Head, url)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("voting");
            await SetClockAsync(Vn(2026, 8, 14));
            var lapsed = await (await GetAsync(b.Head, url)).ShouldBeJsonAsync(HttpStatusCode.OK);
            lapsed.GetProperty("status").GetString().ShouldBe("lapsed");
            lapsed.GetProperty("canDecide").GetBoolean().ShouldBeTrue();
            (await (await GetAsync(b.Head, "/api/v1/innovation-proposals?status=lapsed")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("items").EnumerateArray()
                .Select(p => p.GetProperty("id").GetGuid()).ShouldBe([p2]);
            (await (await PostAsync(b.Deputy2, $"{url}/votes", new { approve = true })).ShouldBeProblemAsync(HttpStatusCode.Conflict))
                .GetProperty("code").GetString().ShouldBe("innovation.votingClosed");

            // Only the head decides alone, with the written decision's number, date and reason; bad input changes nothing.
            var decision = new { approve = true, decisionNumber = "215/QĐ-BTN", date = "2026-08-14", reason = "Cần triển khai ngay cho kỳ tuyển dụng." };
            await (await PostAsync(b.Deputy1, $"{url}/decision", decision)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await (await PostAsync(b.Cv, $"{url}/decision", decision)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            var bad = await (await PostAsync(b.Head, $"{url}/decision", new { decisionNumber = "", date = "2026-09-01", reason = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            foreach (var field in new[] { "approve", "decisionNumber", "date", "reason" })
            {
                bad.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
            }

            (await (await GetAsync(b.Head, url)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("lapsed");
            var decided = await (await PostAsync(b.Head, $"{url}/decision", decision)).ShouldBeJsonAsync(HttpStatusCode.OK);
            decided.GetProperty("status").GetString().ShouldBe("approved");
            decided.GetProperty("decision").GetProperty("by").GetString().ShouldBe("head");
            decided.GetProperty("decision").GetProperty("decisionNumber").GetString().ShouldBe("215/QĐ-BTN");
            (await (await PostAsync(b.Head, $"{url}/decision", decision)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
                .GetProperty("code").GetString().ShouldBe("innovation.alreadyDecided");
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task List_ReadsWhatItNames_InOneBatchPerPage_WhateverThePageSize()
    {
        var b = await NewBodyAsync();
        var titles = new List<string>();
        for (var i = 1; i <= 3; i++)
        {
            var title = $"Số hoá hồ sơ tuyển dụng đợt {i}";
            var task = await CreateTaskAsync(b.DivisionHead, b.DivisionId, b.CvId, "2026-03-20", title);
            await (await PostAsync(b.Cv, "/api/v1/innovation-proposals", Proposal($"Đề xuất số {i}", [task], null))).ShouldBeJsonAsync(HttpStatusCode.Created);
            titles.Add(title);
        }

        // A second host on the same database, with a command counter; the head of the body lists the proposals (he may decide each one).
        var counter = new CommandRecorder();
        await using var factory = new KyCuongFactory(App.Factory.Database, demoSeed: false);
        await using var host = factory.WithWebHostBuilder(w => w.ConfigureTestServices(s => s.AddSingleton<IInterceptor>(counter)));
        using var client = host.CreateClient();
        var token = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = b.Head, password = AppFixture.DemoPassword }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());

        async Task<(int Commands, JsonElement Page)> ListAsync(int pageSize)
        {
            var before = counter.Count;
            var page = await (await client.GetAsync($"/api/v1/innovation-proposals?pageSize={pageSize}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            return (counter.Count - before, page);
        }

        await ListAsync(1);
        var (one, _) = await ListAsync(1);
        var (three, page) = await ListAsync(3);
        var items = page.GetProperty("items").EnumerateArray().ToList();
        items.Count.ShouldBe(3);
        items.ShouldAllBe(p => p.GetProperty("canDecide").GetBoolean() && p.GetProperty("bodyName").GetString()!.StartsWith("Ban thử nghiệm", StringComparison.Ordinal)
            && p.GetProperty("proposerName").GetString() == "Chuyên viên đề xuất");
        items.Select(p => p.GetProperty("tasks")[0].GetProperty("title").GetString()).ShouldBe(titles, ignoreOrder: true);
        // Names, bodies, tasks and heads are one query each for the page: three proposals cost what one costs (it was ≈ 4 more per proposal).
        three.ShouldBe(one, $"commands for a page of 1: {one}, of 3: {three}");
    }

    [Fact]
    public async Task LapsedVote_TellsTheProposerAndTheHeadOnce_ABrokenRowDoesNotStopTheJob()
    {
        var b = await NewBodyAsync();
        var headId = await UserIdAsync(b.Head);
        var broken = Guid.NewGuid();
        try
        {
            // Tue 4/8: two proposals; the first is rejected by two votes in time, the second is never voted on. Deadline Thu 13/8.
            await SetClockAsync(Vn(2026, 8, 4));
            var decided = (await (await PostAsync(b.Cv, "/api/v1/innovation-proposals", Proposal("Đề xuất đã quyết định", [], null))).ShouldBeJsonAsync(HttpStatusCode.Created))
                .GetProperty("id").GetGuid();
            await (await PostAsync(b.Deputy1, $"/api/v1/innovation-proposals/{decided}/votes", new { approve = false })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await PostAsync(b.Deputy2, $"/api/v1/innovation-proposals/{decided}/votes", new { approve = false })).ShouldBeJsonAsync(HttpStatusCode.OK);
            var silent = (await (await PostAsync(b.Cv, "/api/v1/innovation-proposals", Proposal("Đề xuất chưa biểu quyết", [], null))).ShouldBeJsonAsync(HttpStatusCode.Created))
                .GetProperty("id").GetGuid();

            // An old row whose body no longer exists: it cannot be announced, and must not stop the others.
            using (var scope = App.Factory.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                db.EvaluationInnovationProposals.Add(new InnovationProposal(broken, b.CvId, Guid.NewGuid(), Guid.NewGuid(), "Đề xuất lỗi", "Vấn đề", "Nội dung", "Phạm vi",
                    "Kết quả", new DateTime(2026, 8, 3, 2, 0, 0, DateTimeKind.Utc), new DateOnly(2026, 8, 12), null));
                await db.SaveChangesAsync(Ct);
            }

            // The last day of the vote: nothing yet.
            await RunJobsAtAsync(Vn(2026, 8, 13, 16));
            (await OutboxCountAsync($"innovation:{silent}:lapsed:")).ShouldBe(0);

            // Fri 14/8: the vote has lapsed: the proposer and the head, once each; not the rejected one; the broken row is reported.
            await RunJobsAtAsync(Vn(2026, 8, 14, 8));
            (await OutboxCountAsync($"innovation:{silent}:lapsed:{b.CvId}")).ShouldBe(1);
            (await OutboxCountAsync($"innovation:{silent}:lapsed:{headId}")).ShouldBe(1);
            (await OutboxCountAsync($"innovation:{silent}:lapsed:")).ShouldBe(2);
            (await OutboxCountAsync($"innovation:{decided}:lapsed:")).ShouldBe(0);
            var run = await LastRunAsync();
            run.Outcome.ShouldBe("partial");
            run.Failed.ShouldBe(1);
            run.Error!.ShouldContain(broken.ToString());

            // Later runs repeat nothing; the broken row is tried again and reported again.
            await RunJobsAtAsync(Vn(2026, 8, 17, 8));
            (await OutboxCountAsync($"innovation:{silent}:lapsed:")).ShouldBe(2);
            (await LastRunAsync()).Failed.ShouldBe(1);
            using (var scope = App.Factory.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                (await db.AuditEntries.CountAsync(a => a.EntityId == silent && a.Action == InnovationLapseJob.LapsedAudit, Ct)).ShouldBe(1);
                (await db.EvaluationInnovationProposals.AsNoTracking().SingleAsync(p => p.Id == broken, Ct)).LapseNotifiedAtUtc.ShouldBeNull();
            }

            // The head still decides it in writing.
            (await (await GetAsync(b.Head, $"/api/v1/innovation-proposals/{silent}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("canDecide").GetBoolean().ShouldBeTrue();
        }
        finally
        {
            using (var scope = App.Factory.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                await db.EvaluationInnovationProposals.Where(p => p.Id == broken).ExecuteDeleteAsync(Ct);
            }

            await ResetClockAsync();
        }
    }

    private async Task<KyCuong.Web.Platform.Jobs.JobRun> LastRunAsync()
    {
        using var scope = App.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.JobRuns.AsNoTracking().Where(r => r.Name == InnovationLapseJob.JobName).ToListAsync(Ct)).OrderByDescending(r => r.StartedAtUtc).First();
    }

    [Fact]
    public async Task BadProposal_Is400_AndRecordsNothing()
    {
        var b = await NewBodyAsync();
        var before = (await (await GetAsync("admin", "/api/v1/innovation-proposals")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();
        var bad = await (await PostAsync(b.Cv, "/api/v1/innovation-proposals", new
        {
            title = "", problem = " ", proposal = (string?)null, scope = "", expectedOutcome = "", taskIds = new[] { Guid.NewGuid() }, excludedDeputyUserId = b.CvId,
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        foreach (var field in new[] { "title", "problem", "proposal", "scope", "expectedOutcome", "taskIds", "excludedDeputyUserId" })
        {
            bad.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        (await (await GetAsync("admin", "/api/v1/innovation-proposals")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(before);
        (await (await GetAsync(b.Cv, "/api/v1/innovation-proposals?status=won")).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("status", out _).ShouldBeTrue();
        await (await GetAsync(b.Cv, $"/api/v1/innovation-proposals/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

[Collection("sqlite")]
public sealed class SqliteInnovationTests(SqliteApp app) : InnovationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresInnovationTests(PostgresApp app) : InnovationTests<PostgresApp>(app), IClassFixture<PostgresApp>;
