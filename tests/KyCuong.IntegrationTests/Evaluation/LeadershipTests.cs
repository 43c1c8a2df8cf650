using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Evaluation;

/// <summary>
/// docs/domain.md "Evaluation: leaders" (Nghị định 335/2025): a head's d from the subordinates' grades, đ and e scored by the head's
/// superior, task score (a + b + c + d + đ + e) / 6 — every figure by hand.
/// </summary>
public abstract class LeadershipTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";

    private async Task<HttpResponseMessage> SendAsync(string user, HttpMethod method, string url, object? body = null)
    {
        using var client = await App.ClientForAsync(user);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        return await client.SendAsync(request, Ct);
    }

    private async Task<JsonElement> EvaluationAsync(string user, Guid userId) =>
        await (await SendAsync(user, HttpMethod.Get, $"/api/v1/users/{userId}/evaluation?period=2026-Q3")).ShouldBeJsonAsync(HttpStatusCode.OK);

    private Task<HttpResponseMessage> ScoreAsync(string user, Guid userId, object body, string period = "2026-Q3") =>
        SendAsync(user, HttpMethod.Put, $"/api/v1/users/{userId}/evaluation/{period}/leadership", body);

    [Fact]
    public async Task Head_UnitResult_OrganiseAndRally_ScoredByTheSuperior_OverSix()
    {
        var (unitId, tpId, cvId, cv, tp) = await NewUnitAsync(Snv);
        try
        {
            // tp holds one task from the director, completed on time and met: a = b = c = 1. cv completes one task of two.
            await SetClockAsync(Vn(2026, 8, 3));
            var own = await CreateTaskAsync("giamdoc.snv", unitId, tpId, "2026-08-14", "Kế hoạch tuyển dụng công chức năm 2027");
            var done = await CreateTaskAsync(tp, unitId, cvId, "2026-08-14", "Tổng hợp nhu cầu tuyển dụng");
            await SetClockAsync(Vn(2026, 8, 10));
            await (await SendAsync(tp, HttpMethod.Post, $"/api/v1/tasks/{own}/complete", new { result = "Đã trình kế hoạch." })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await SendAsync("giamdoc.snv", HttpMethod.Post, $"/api/v1/tasks/{own}/review", new { quality = "met" })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await SendAsync(cv, HttpMethod.Post, $"/api/v1/tasks/{done}/complete", new { result = "Đã tổng hợp." })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await SendAsync(tp, HttpMethod.Post, $"/api/v1/tasks/{done}/review", new { quality = "met" })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await SetClockAsync(Vn(2026, 10, 2));

            // cv: 3 × 1/3 = 1 → 70 points → "tốt". Before đ and e are scored, tp's score is provisional: (1 + 1 + 1)/3 → 70 points.
            (await EvaluationAsync(cv, cvId)).GetProperty("grade").GetString().ShouldBe("good");
            var provisional = await EvaluationAsync(tp, tpId);
            var l = provisional.GetProperty("leadership");
            l.GetProperty("role").GetString().ShouldBe("head");
            l.GetProperty("unitResult").GetDecimal().ShouldBe(1m);
            l.GetProperty("provisional").GetBoolean().ShouldBeTrue();
            l.GetProperty("organise").ValueKind.ShouldBe(JsonValueKind.Null);
            provisional.GetProperty("taskPoints").GetDecimal().ShouldBe(70m);
            (await EvaluationAsync(cv, cvId)).GetProperty("leadership").ValueKind.ShouldBe(JsonValueKind.Null);

            // Only the head's superior scores đ and e: not the head, not their staff (who cannot even see the head), not another body.
            await (await ScoreAsync(tp, tpId, new { organise = 1, rally = 1 })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await (await ScoreAsync(cv, tpId, new { organise = 1, rally = 1 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await ScoreAsync("giamdoc.sct", tpId, new { organise = 1, rally = 1 })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            (await (await ScoreAsync(tp, cvId, new { organise = 1, rally = 1 })).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString()
                .ShouldBe("evaluation.notALeader");
            foreach (var (body, field) in new (object, string)[] { (new { organise = 1.2, rally = 1 }, "organise"), (new { organise = 0.5, rally = -0.1 }, "rally"),
                         (new { organise = 0.12345, rally = 1 }, "organise"), (new { rally = 1 }, "organise") })
            {
                (await (await ScoreAsync("giamdoc.snv", tpId, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors")
                    .TryGetProperty(field, out _).ShouldBeTrue(field);
            }

            await (await ScoreAsync("giamdoc.snv", tpId, new { organise = 1, rally = 1 }, "2026")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            (await EvaluationAsync(tp, tpId)).GetProperty("leadership").GetProperty("provisional").GetBoolean().ShouldBeTrue();

            // The director scores đ = 0.8, e = 0.9: (1 + 1 + 1 + 1 + 0.8 + 0.9)/6 = 5.7/6 = 0.95 → 0.95 × 70 = 66.5 points.
            (await (await ScoreAsync("giamdoc.snv", tpId, new { organise = 0.8, rally = 0.9, comment = "Triển khai kịp thời." })).ShouldBeJsonAsync(HttpStatusCode.OK))
                .GetProperty("organise").GetDecimal().ShouldBe(0.8m);
            var scored = await EvaluationAsync("giamdoc.snv", tpId);
            scored.GetProperty("taskPercent").GetDecimal().ShouldBe(0.95m);
            scored.GetProperty("taskPoints").GetDecimal().ShouldBe(66.5m);
            scored.GetProperty("leadership").GetProperty("provisional").GetBoolean().ShouldBeFalse();
            scored.GetProperty("leadership").GetProperty("rally").GetDecimal().ShouldBe(0.9m);

            // cv's second task is left undone in the quarter: cv = (0.5 + 0.5 + 0.5)/3 × 70 = 35 points → "không hoàn thành", so d = 50 %:
            // (1 + 1 + 1 + 0.5 + 0.8 + 0.9)/6 = 5.2/6 = 0.8667 → 0.8667 × 70 = 60.67 points.
            await SetClockAsync(Vn(2026, 8, 20));
            await CreateTaskAsync(tp, unitId, cvId, "2026-09-15", "Rà soát hồ sơ công chức");
            await SetClockAsync(Vn(2026, 10, 2));
            (await EvaluationAsync(cv, cvId)).GetProperty("grade").GetString().ShouldBe("notCompleted");
            var halved = await EvaluationAsync(tp, tpId);
            halved.GetProperty("leadership").GetProperty("unitResult").GetDecimal().ShouldBe(0.5m);
            halved.GetProperty("leadership").GetProperty("belowCompleted").GetInt32().ShouldBe(1);
            halved.GetProperty("taskPercent").GetDecimal().ShouldBe(0.8667m);
            halved.GetProperty("taskPoints").GetDecimal().ShouldBe(60.67m);
        }
        finally
        {
            await ResetClockAsync();
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteLeadershipTests(SqliteApp app) : LeadershipTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresLeadershipTests(PostgresApp app) : LeadershipTests<PostgresApp>(app), IClassFixture<PostgresApp>;
