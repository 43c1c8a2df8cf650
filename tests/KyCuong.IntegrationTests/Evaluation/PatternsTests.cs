using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Evaluation;

/// <summary>
/// docs/domain.md "Evaluation: patterns and candidates" end to end: a quarter of real actions (a serial extension, a hand-off on the
/// deadline day, a task handed straight back, a manual reminder) in one division of a fresh group of three divisions, read as rates per
/// 100 tasks beside the peers' median, with the cases; who may see them. Every figure by hand.
/// </summary>
public abstract class PatternsTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";

    private sealed record Division(Guid UnitId, Guid LeaderId, string Leader, Guid SpecialistId, string Specialist);

    private async Task<JsonElement> PostAsync(string user, string url, object body, HttpStatusCode status = HttpStatusCode.OK)
    {
        using var client = await App.ClientForAsync(user);
        return await (await client.PostAsJsonAsync(url, body, Ct)).ShouldBeJsonAsync(status);
    }

    private async Task<HttpResponseMessage> GetAsync(string user, string url)
    {
        using var client = await App.ClientForAsync(user);
        return await client.GetAsync(url, Ct);
    }

    private async Task<(Guid Id, string UserName)> NewPersonAsync(Guid unitId, string role, string position)
    {
        using var admin = await App.ClientForAsync("admin");
        var name = $"{(role == "leader" ? "tp" : "cv")}.{Guid.NewGuid().ToString("N")[..8]}";
        var created = await (await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = name, fullName = $"{position} thử", password = AppFixture.DemoPassword, unitId, position, roles = new[] { role },
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        return (created.GetProperty("id").GetGuid(), name);
    }

    private async Task<Guid> NewUnitAsync(Guid parentId, string kind, string name)
    {
        using var admin = await App.ClientForAsync("admin");
        var unit = await (await admin.PostAsJsonAsync("/api/v1/units", new { name = $"{name} {Guid.NewGuid().ToString("N")[..6]}", shortName = "PT", parentId, kind }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        return unit.GetProperty("id").GetGuid();
    }

    /// <summary>A fresh group (an office under the Sở) with three divisions, so the peers are this test's own.</summary>
    private async Task<Division[]> NewGroupAsync()
    {
        var group = await NewUnitAsync(await App.UnitIdAsync(Snv), "office", "Khối thử");
        var result = new List<Division>();
        foreach (var n in new[] { "Phòng A", "Phòng B", "Phòng C" })
        {
            var unitId = await NewUnitAsync(group, "division", n);
            var leader = await NewPersonAsync(unitId, "leader", "Trưởng phòng");
            var cv = await NewPersonAsync(unitId, "specialist", "Chuyên viên");
            result.Add(new Division(unitId, leader.Id, leader.UserName, cv.Id, cv.UserName));
        }

        return [.. result];
    }

    private Task<HttpClient> CookieClientAsync(string userName) => CookieSession.SignInAsync(App.Factory, userName);

    private static JsonElement Pattern(JsonElement patterns, string code) =>
        patterns.GetProperty("patterns").EnumerateArray().Single(p => p.GetProperty("code").GetString() == code);

    private static decimal? Dec(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetDecimal();

    [Fact]
    public async Task Quarter_RatesBesideThePeersMedian_WithTheCases_AndOnlyForThoseWhoMaySee()
    {
        var d = await NewGroupAsync();
        var (a, b, c) = (d[0], d[1], d[2]);
        var cv2 = await NewPersonAsync(a.UnitId, "specialist", "Chuyên viên");
        try
        {
            // Unit A's specialist holds five tasks in 2026-Q3.
            await SetClockAsync(Vn(2026, 8, 3));
            var t1 = await CreateTaskAsync(a.Leader, a.UnitId, a.SpecialistId, "2026-08-14", "Báo cáo rà soát vị trí việc làm quý III");
            var t2 = await CreateTaskAsync(a.Leader, a.UnitId, a.SpecialistId, "2026-08-14", "Tờ trình kiện toàn tổ chức phòng");
            var t3 = await CreateTaskAsync(a.Leader, a.UnitId, a.SpecialistId, "2026-08-28", "Dự thảo quy chế làm việc");
            var t4 = await CreateTaskAsync(a.Leader, a.UnitId, a.SpecialistId, "2026-09-30", "Tổng hợp nhu cầu đào tạo");
            await CreateTaskAsync(a.Leader, a.UnitId, a.SpecialistId, "2026-09-15", "Rà soát hồ sơ nâng lương");
            // Peers: B's specialist one task, chased once by hand; C's specialist one task.
            var tb = await CreateTaskAsync(b.Leader, b.UnitId, b.SpecialistId, "2026-08-21", "Báo cáo biên chế phòng B");
            await CreateTaskAsync(c.Leader, c.UnitId, c.SpecialistId, "2026-08-21", "Báo cáo biên chế phòng C");

            // t3 handed straight back to the leader who gave it (5/8); t1 extended twice (10/8 and 19/8); t2 handed on on its deadline day (14/8).
            await SetClockAsync(Vn(2026, 8, 5));
            await PostAsync(a.Specialist, $"/api/v1/tasks/{t3}/handoffs", new { toUserId = a.LeaderId, note = "Đề nghị lãnh đạo phòng tự xử lý." });
            await SetClockAsync(Vn(2026, 8, 10));
            var e1 = await PostAsync(a.Specialist, $"/api/v1/tasks/{t1}/extensions", new { reason = "Chờ số liệu của các xã.", newDueDate = "2026-08-21" }, HttpStatusCode.Created);
            await PostAsync(a.Leader, $"/api/v1/tasks/{t1}/extensions/{e1.GetProperty("id").GetGuid()}/decision", new { approve = true, note = "Đồng ý." });
            await SetClockAsync(Vn(2026, 8, 14, 16));
            await PostAsync(a.Specialist, $"/api/v1/tasks/{t2}/handoffs", new { toUserId = cv2.Id, note = "Nhờ đồng chí hoàn thiện." });
            await SetClockAsync(Vn(2026, 8, 19));
            await PostAsync(a.Specialist, $"/api/v1/tasks/{t1}/extensions", new { reason = "Chờ thêm số liệu.", newDueDate = "2026-08-28" }, HttpStatusCode.Created);
            await SetClockAsync(Vn(2026, 9, 7));
            await PostAsync(a.Leader, $"/api/v1/tasks/{t4}/reminders", new { note = "Đề nghị khẩn trương." }, HttpStatusCode.Created);
            await PostAsync(b.Leader, $"/api/v1/tasks/{tb}/reminders", new { note = "Đề nghị khẩn trương." }, HttpStatusCode.Created);
            await SetClockAsync(Vn(2026, 10, 2));

            // The specialist: 5 tasks; one case each of four patterns → 20 per 100 tasks.
            var me = await (await GetAsync(a.Leader, $"/api/v1/users/{a.SpecialistId}/patterns?period=2026-Q3")).ShouldBeJsonAsync(HttpStatusCode.OK);
            me.GetProperty("subject").GetString().ShouldBe("user");
            me.GetProperty("period").GetString().ShouldBe("2026-Q3");
            me.GetProperty("tasks").GetInt32().ShouldBe(5);
            // Peers with a task in the quarter: A's leader (t3 came back to him), A's second specialist (t2), B's and C's specialists.
            me.GetProperty("peerGroup").GetProperty("peers").GetInt32().ShouldBe(4);
            me.GetProperty("peerGroup").GetProperty("unitKind").GetString().ShouldBe("division");
            me.GetProperty("peerGroup").GetProperty("statistic").GetString().ShouldBe("median");
            var serial = Pattern(me, "serialExtensions");
            serial.GetProperty("count").GetInt32().ShouldBe(1);
            Dec(serial, "ratePer100").ShouldBe(20m);
            Dec(serial, "peerMedian").ShouldBe(0m);
            serial.GetProperty("aboveThreshold").GetBoolean().ShouldBeTrue(); // 20 > 10
            var serialCase = serial.GetProperty("cases").EnumerateArray().Single();
            serialCase.GetProperty("id").GetGuid().ShouldBe(t1);
            serialCase.GetProperty("title").GetString().ShouldBe("Báo cáo rà soát vị trí việc làm quý III");
            serialCase.GetProperty("date").GetString().ShouldBe("2026-08-19");
            var lastDay = Pattern(me, "lastDayHandoffs");
            lastDay.GetProperty("cases").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(t2);
            Dec(lastDay, "ratePer100").ShouldBe(20m);
            lastDay.GetProperty("aboveThreshold").GetBoolean().ShouldBeFalse(); // 20 is not above 20
            var back = Pattern(me, "backAndForth");
            back.GetProperty("cases").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(t3);
            back.GetProperty("aboveThreshold").GetBoolean().ShouldBeTrue();
            var reminders = Pattern(me, "reminders");
            reminders.GetProperty("cases").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(t4);
            Dec(reminders, "ratePer100").ShouldBe(20m);
            Dec(reminders, "peerMedian").ShouldBe(0m); // peers 0, 0, 100, 0
            Dec(Pattern(me, "ownCompetenceSubmissions"), "ratePer100").ShouldBe(0m);
            me.GetProperty("transferFlags").GetArrayLength().ShouldBe(0);

            // Unit A: the same five tasks and cases; the peer units B (1 task, 1 reminder → 100) and C (0): median (0 + 100) / 2 = 50.
            var unit = await (await GetAsync(a.Leader, $"/api/v1/units/{a.UnitId}/patterns?period=2026-Q3")).ShouldBeJsonAsync(HttpStatusCode.OK);
            unit.GetProperty("subject").GetString().ShouldBe("unit");
            unit.GetProperty("tasks").GetInt32().ShouldBe(5);
            unit.GetProperty("peerGroup").GetProperty("peers").GetInt32().ShouldBe(2);
            Dec(Pattern(unit, "reminders"), "ratePer100").ShouldBe(20m);
            Dec(Pattern(unit, "reminders"), "peerMedian").ShouldBe(50m);
            Dec(Pattern(unit, "serialExtensions"), "ratePer100").ShouldBe(20m);

            // Another quarter has nothing: no rate without a task.
            var q2 = await (await GetAsync(a.Specialist, $"/api/v1/users/{a.SpecialistId}/patterns?period=2026-Q2")).ShouldBeJsonAsync(HttpStatusCode.OK);
            q2.GetProperty("tasks").GetInt32().ShouldBe(0);
            Pattern(q2, "reminders").GetProperty("ratePer100").ValueKind.ShouldBe(JsonValueKind.Null);

            // Who may see: exactly as the evaluation. The person, their leader, the Sở's director, the personnel office, the administrator.
            var url = $"/api/v1/users/{a.SpecialistId}/patterns?period=2026-Q3";
            foreach (var reader in new[] { a.Specialist, a.Leader, "giamdoc.snv", "theodoi", "admin" })
            {
                (await GetAsync(reader, url)).StatusCode.ShouldBe(HttpStatusCode.OK, reader);
            }

            foreach (var stranger in new[] { cv2.UserName, b.Leader, b.Specialist, "giamdoc.sct", "chuyenvien" })
            {
                await (await GetAsync(stranger, url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
                await (await GetAsync(stranger, $"/api/v1/units/{a.UnitId}/patterns?period=2026-Q3")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            }

            await (await GetAsync(a.Specialist, $"/api/v1/units/{a.UnitId}/patterns?period=2026-Q3")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            (await GetAsync("theodoi", $"/api/v1/units/{a.UnitId}/patterns?period=2026-Q3")).StatusCode.ShouldBe(HttpStatusCode.OK);

            // The page shows the same rates and the cases.
            using (var page = await CookieClientAsync(a.Leader))
            {
                var html = WebUtility.HtmlDecode(await page.GetStringAsync($"/Evaluation/Patterns?userId={a.SpecialistId}&period=2026-Q3", Ct));
                html.ShouldContain("Báo cáo rà soát vị trí việc làm quý III");
                html.ShouldContain("data-testid=\"rate-serialExtensions\">20<");
            }

            using (var outsider = await CookieClientAsync(b.Leader))
            {
                (await outsider.GetAsync($"/Evaluation/Patterns?userId={a.SpecialistId}&period=2026-Q3", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            }
        }
        finally
        {
            await ResetClockAsync();
        }
    }

    [Fact]
    public async Task BadPeriod_Is400_ForThoseWhoMaySee_404ForOthers()
    {
        var d = await NewGroupAsync();
        foreach (var period in new[] { "2026-Q5", "2026-13", "Q1", "" })
        {
            var bad = await (await GetAsync(d[0].Leader, $"/api/v1/users/{d[0].SpecialistId}/patterns?period={period}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            bad.GetProperty("errors").TryGetProperty("period", out _).ShouldBeTrue(period);
            await (await GetAsync(d[0].Leader, $"/api/v1/units/{d[0].UnitId}/patterns?period={period}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        }

        await (await GetAsync(d[1].Leader, $"/api/v1/users/{d[0].SpecialistId}/patterns?period=2026-Q5")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await GetAsync("admin", $"/api/v1/units/{Guid.NewGuid()}/patterns?period=2026-Q3")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await GetAsync("admin", $"/api/v1/users/{Guid.NewGuid()}/patterns?period=2026-Q3")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Candidates_ForCommendationAndReview_WithTheEvidence_TheLeaderRecordsTheDecision()
    {
        var d = await NewGroupAsync();
        var (a, b) = (d[0], d[1]);
        var cv2 = await NewPersonAsync(a.UnitId, "specialist", "Chuyên viên");
        var cv3 = await NewPersonAsync(a.UnitId, "specialist", "Chuyên viên");
        try
        {
            // cv: one task done early and met; the manager scores 20 general points → 70 + 20 = 90, "xuất sắc" for the year.
            await SetClockAsync(Vn(2026, 8, 3));
            var t = await CreateTaskAsync(a.Leader, a.UnitId, a.SpecialistId, "2026-08-14", "Báo cáo kết quả cải cách hành chính");
            var late = await CreateTaskAsync(a.Leader, a.UnitId, cv3.Id, "2026-08-20", "Rà soát thủ tục nội bộ");
            await SetClockAsync(Vn(2026, 8, 12));
            await PostAsync(a.Specialist, $"/api/v1/tasks/{t}/complete", new { result = "Đã gửi Báo cáo số 88/BC-SNV." });
            await PostAsync(a.Leader, $"/api/v1/tasks/{t}/review", new { quality = "met" });
            // cv3 is chased three times by hand: the third raises the transfer-review flag (Thông báo 924-TB/TU).
            foreach (var day in new[] { 7, 8, 9 })
            {
                await SetClockAsync(Vn(2026, 9, day));
                await PostAsync(a.Leader, $"/api/v1/tasks/{late}/reminders", new { note = $"Nhắc lần {day}." }, HttpStatusCode.Created);
            }

            await SetClockAsync(Vn(2026, 10, 2));
            using (var leader = await App.ClientForAsync(a.Leader))
            {
                (await leader.PutAsJsonAsync($"/api/v1/users/{a.SpecialistId}/evaluation/2026-Q3/general", new { points = 20, comment = "Chủ động." }, Ct))
                    .StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            // cv2: a reprimand in 2025 and a warning in 2026 → "Không hoàn thành" two years running.
            await PostAsync(a.Leader, $"/api/v1/users/{cv2.Id}/discipline", new { form = "reprimand", decisionNumber = "15/QĐ-SNV", date = "2025-06-10", reason = "Vi phạm quy chế." },
                HttpStatusCode.Created);
            await PostAsync(a.Leader, $"/api/v1/users/{cv2.Id}/discipline", new { form = "warning", decisionNumber = "21/QĐ-SNV", date = "2026-03-10", reason = "Tái phạm." },
                HttpStatusCode.Created);

            var url = $"/api/v1/units/{a.UnitId}/candidates?year=2026";
            var list = await (await GetAsync(a.Leader, url)).ShouldBeJsonAsync(HttpStatusCode.OK);
            var commend = list.GetProperty("commendation").EnumerateArray().Single();
            commend.GetProperty("userId").GetGuid().ShouldBe(a.SpecialistId);
            commend.GetProperty("grade").GetString().ShouldBe("excellent");
            commend.GetProperty("total").GetDecimal().ShouldBe(90m);
            commend.GetProperty("completed").GetInt32().ShouldBe(1);
            commend.GetProperty("onTimeRate").GetDecimal().ShouldBe(1m);
            commend.GetProperty("difficultProducts").GetInt32().ShouldBe(0);
            commend.GetProperty("forms").EnumerateArray().Select(f => f.GetString()).ShouldBe(["advancedWorker", "grassrootsEmulationFighter"]);
            var review = list.GetProperty("review").EnumerateArray().ToDictionary(r => r.GetProperty("userId").GetGuid());
            review.Keys.ShouldBe([cv2.Id, cv3.Id], ignoreOrder: true);
            review[cv2.Id].GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()).ShouldBe(["twoYearsNotCompleted"]);
            var flag = review[cv3.Id].GetProperty("reasons").EnumerateArray().Single();
            flag.GetProperty("code").GetString().ShouldBe("transferFlag");
            flag.GetProperty("text").GetString()!.ShouldContain("09/09/2026");

            // The leader records the decision; it is listed with the candidate and audited.
            var decision = await PostAsync(a.Leader, $"/api/v1/units/{a.UnitId}/candidates/decisions",
                new { userId = a.SpecialistId, year = 2026, kind = "commendation", form = "advancedWorker", decisionNumber = "35/QĐ-SNV", date = "2026-10-01", note = "Theo đề nghị của Hội đồng." },
                HttpStatusCode.Created);
            decision.GetProperty("formLabel").GetString().ShouldBe("Danh hiệu \"Lao động tiên tiến\"");
            list = await (await GetAsync("theodoi", url)).ShouldBeJsonAsync(HttpStatusCode.OK);
            var recorded = list.GetProperty("commendation").EnumerateArray().Single().GetProperty("decisions").EnumerateArray().Single();
            recorded.GetProperty("decisionNumber").GetString().ShouldBe("35/QĐ-SNV");
            recorded.GetProperty("date").GetString().ShouldBe("2026-10-01");

            // Bad input is 400 with the field and writes nothing; nobody decides about themself; outsiders get 404.
            async Task<JsonElement> BadAsync(object body)
            {
                using var client = await App.ClientForAsync(a.Leader);
                return await (await client.PostAsJsonAsync($"/api/v1/units/{a.UnitId}/candidates/decisions", body, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            }

            (await BadAsync(new { userId = a.SpecialistId, year = 2026, kind = "prize", form = "advancedWorker", decisionNumber = "1", date = "2026-10-01" }))
                .GetProperty("errors").TryGetProperty("kind", out _).ShouldBeTrue();
            (await BadAsync(new { userId = a.SpecialistId, year = 2026, kind = "commendation", form = "transfer", decisionNumber = "1", date = "2026-10-01" }))
                .GetProperty("errors").TryGetProperty("form", out _).ShouldBeTrue();
            var many = await BadAsync(new { userId = b.SpecialistId, year = 1999, kind = "review", form = "transfer", decisionNumber = "", date = "2026-10-03" });
            foreach (var field in new[] { "userId", "year", "decisionNumber", "date" })
            {
                many.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
            }

            using (var self = await App.ClientForAsync(a.Leader))
            {
                await (await self.PostAsJsonAsync($"/api/v1/units/{a.UnitId}/candidates/decisions",
                    new { userId = a.LeaderId, year = 2026, kind = "review", form = "noAction", decisionNumber = "2", date = "2026-10-01" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            }

            foreach (var stranger in new[] { b.Leader, a.Specialist, "giamdoc.sct" })
            {
                await (await GetAsync(stranger, url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
                using var client = await App.ClientForAsync(stranger);
                await (await client.PostAsJsonAsync($"/api/v1/units/{a.UnitId}/candidates/decisions",
                    new { userId = cv2.Id, year = 2026, kind = "review", form = "transfer", decisionNumber = "3", date = "2026-10-01" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            }

            await (await GetAsync(a.Leader, $"/api/v1/units/{a.UnitId}/candidates")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            list = await (await GetAsync(a.Leader, url)).ShouldBeJsonAsync(HttpStatusCode.OK);
            list.GetProperty("commendation").EnumerateArray().Sum(c => c.GetProperty("decisions").GetArrayLength()).ShouldBe(1);
            list.GetProperty("review").EnumerateArray().Sum(c => c.GetProperty("decisions").GetArrayLength()).ShouldBe(0);

            // The page lists both and records a decision through the form.
            using var page = await CookieClientAsync(a.Leader);
            var html = WebUtility.HtmlDecode(await page.GetStringAsync($"/Evaluation/Candidates/{a.UnitId}?year=2026", Ct));
            html.ShouldContain("35/QĐ-SNV");
            html.ShouldContain("Hai năm liên tiếp (2025, 2026)");
            var token = Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
            var posted = await page.PostAsync($"/Evaluation/Candidates/{a.UnitId}?year=2026", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserId"] = cv3.Id.ToString(), ["Kind"] = "review", ["Form"] = "transfer", ["DecisionNumber"] = "40/QĐ-SNV", ["Date"] = "2026-10-02",
                ["__RequestVerificationToken"] = token,
            }), Ct);
            posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            list = await (await GetAsync(a.Leader, url)).ShouldBeJsonAsync(HttpStatusCode.OK);
            list.GetProperty("review").EnumerateArray().Single(r => r.GetProperty("userId").GetGuid() == cv3.Id).GetProperty("decisions").EnumerateArray().Single()
                .GetProperty("form").GetString().ShouldBe("transfer");
        }
        finally
        {
            await ResetClockAsync();
        }
    }
}

[Collection("sqlite")]
public sealed class SqlitePatternsTests(SqliteApp app) : PatternsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresPatternsTests(PostgresApp app) : PatternsTests<PostgresApp>(app), IClassFixture<PostgresApp>;
