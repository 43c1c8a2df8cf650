using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Procedures;

/// <summary>
/// Simplification plans and the progress against Công điện 968/CĐ-TTg §1(e) through real HTTP (docs/domain.md "Procedures: simplification
/// plans and the 766 index"), on SQLite and on PostgreSQL. Each class has its own database, whose catalogue starts empty.
/// </summary>
public abstract class SimplificationPlanTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> SendAsync(string user, HttpMethod method, string url, object? body = null)
    {
        using var client = await App.ClientForAsync(user);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        return await client.SendAsync(request, Ct);
    }

    private async Task AddProcedureAsync(string keeper, string body, string code, bool isInternal, bool published, object? cost)
    {
        var bodyId = await App.UnitIdAsync(body);
        object request = published
            ? new
            {
                code, name = "Thủ tục " + code, @internal = isInternal, bodyUnitId = bodyId, sequence = "Bước 1: nộp hồ sơ; Bước 2: giải quyết; Bước 3: trả kết quả.",
                method = "Trực tiếp hoặc trực tuyến.", dossier = "Văn bản đề nghị.", timeLimitWorkingDays = 5, subjects = "Cơ quan nhà nước", agency = body,
                result = "Văn bản trả lời", fees = "Không", legalBasis = "Quyết định 1085/QĐ-TTg năm 2022", status = "published", complianceCost = cost,
            }
            : new { code, name = "Thủ tục " + code, @internal = isInternal, bodyUnitId = bodyId, timeLimitWorkingDays = 5, complianceCost = cost };
        await (await SendAsync(keeper, HttpMethod.Post, "/api/v1/procedures", request)).ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    private static JsonElement Item(JsonElement plan, string code) =>
        plan.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("procedureCode").GetString() == code);

    private static void ShouldBeShare(JsonElement share, long achieved, long total, double? rate, bool met)
    {
        share.GetProperty("achieved").GetInt64().ShouldBe(achieved);
        share.GetProperty("total").GetInt64().ShouldBe(total);
        if (rate is { } r)
        {
            share.GetProperty("rate").GetDouble().ShouldBe(r);
        }
        else
        {
            share.GetProperty("rate").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        share.GetProperty("met").GetBoolean().ShouldBe(met);
    }

    [Fact]
    public async Task Progress_MatchesHandComputedShares_AsItemsAreDone()
    {
        const string keeper = "giamdoc.stp";
        const string stp = "Sở Tư pháp tỉnh An Giang";
        var stpId = await App.UnitIdAsync(stp);
        // Five procedures of the body; annual cost = cost of one compliance × times a year × subjects (Thông tư 02/2017/TT-VPCP).
        await AddProcedureAsync(keeper, stp, "NB.01", isInternal: true, published: true, new { costPerCompliance = 100_000, frequencyPerYear = 2, subjectsPerYear = 300 }); // 60,000,000
        await AddProcedureAsync(keeper, stp, "NB.02", isInternal: true, published: true, new { costPerCompliance = 50_000, frequencyPerYear = 1, subjectsPerYear = 200 }); // 10,000,000
        await AddProcedureAsync(keeper, stp, "NB.03", isInternal: true, published: false, null); // unknown cost
        await AddProcedureAsync(keeper, stp, "DV.04", isInternal: false, published: true, new { costPerCompliance = 200_000, frequencyPerYear = 1, subjectsPerYear = 100 }); // 20,000,000
        await AddProcedureAsync(keeper, stp, "DV.05", isInternal: false, published: false, new { costPerCompliance = 10_000, frequencyPerYear = 1, subjectsPerYear = 1_000 }); // 10,000,000
        await AddProcedureAsync("giamdoc.sct", "Sở Công Thương tỉnh An Giang", "CT.01", isInternal: true, published: false, null);

        // Without a plan: 2 of 3 internal procedures published; nothing cut of 5 procedures and of 100,000,000 đồng.
        var none = await (await SendAsync(keeper, HttpMethod.Get, $"/api/v1/procedures/simplification-progress?bodyUnitId={stpId}&year=2026")).ShouldBeJsonAsync(HttpStatusCode.OK);
        none.GetProperty("planId").ValueKind.ShouldBe(JsonValueKind.Null);
        ShouldBeShare(none.GetProperty("internalPublished"), 2, 3, 0.6667, met: false);
        ShouldBeShare(none.GetProperty("proceduresSimplified"), 0, 5, 0, met: false);
        ShouldBeShare(none.GetProperty("complianceCostCut"), 0, 100_000_000, 0, met: false);
        none.GetProperty("internalPublished").GetProperty("target").GetDouble().ShouldBe(1);
        none.GetProperty("complianceCostCut").GetProperty("target").GetDouble().ShouldBe(0.2);

        // Bad items are 400 naming each item and change nothing: a code of another body, a cut with a cost left, a target above the baseline,
        // a procedure without a cost in the catalogue and none given.
        var bad = await (await SendAsync(keeper, HttpMethod.Post, "/api/v1/procedures/simplification-plans", new
        {
            bodyUnitId = stpId, year = 2026, title = "Kế hoạch năm 2026",
            items = new object[]
            {
                new { procedureCode = "CT.01", action = "cut" },
                new { procedureCode = "NB.02", action = "cut", targetCost = 5 },
                new { procedureCode = "DV.04", action = "simplify", targetCost = 20_000_001 },
                new { procedureCode = "NB.03", action = "cut" },
                new { procedureCode = "DV.05", action = "abolish" },
            },
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        foreach (var field in new[] { "items[0].procedureCode", "items[1].targetCost", "items[2].targetCost", "items[3].baselineCost", "items[4].action" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        (await (await SendAsync(keeper, HttpMethod.Get, $"/api/v1/procedures/simplification-plans?bodyUnitId={stpId}")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("total").GetInt32().ShouldBe(0);

        var created = await (await SendAsync(keeper, HttpMethod.Post, "/api/v1/procedures/simplification-plans", new
        {
            bodyUnitId = stpId, year = 2026, title = "Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ năm 2026",
            items = new object[]
            {
                new { procedureCode = "NB.01", action = "simplify", targetCost = 45_000_000 },
                new { procedureCode = "NB.03", action = "cut", baselineCost = 5_000_000 },
                new { procedureCode = "DV.04", action = "simplify", targetCost = 16_000_000 },
            },
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var planId = created.GetProperty("id").GetGuid();
        Item(created, "NB.01").GetProperty("baselineCost").GetInt64().ShouldBe(60_000_000);
        Item(created, "NB.03").GetProperty("targetCost").GetInt64().ShouldBe(0);
        created.GetProperty("canEdit").GetBoolean().ShouldBeTrue();
        // Planned is not done: nothing counts yet, but the planned procedures count at their baselines: 60 + 10 + 5 + 20 + 10 = 105 million.
        ShouldBeShare(created.GetProperty("progress").GetProperty("complianceCostCut"), 0, 105_000_000, 0, met: false);

        (await (await SendAsync(keeper, HttpMethod.Post, "/api/v1/procedures/simplification-plans", new { bodyUnitId = stpId, year = 2026, title = "Lần hai" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("procedure.simplificationPlanExists");
        (await (await SendAsync(keeper, HttpMethod.Post, $"/api/v1/procedures/simplification-plans/{planId}/items", new { procedureCode = "NB.01", action = "cut" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("procedure.simplificationItemExists");

        async Task<JsonElement> Mark(string code, string status, long? targetCost = null)
        {
            var plan = await (await SendAsync(keeper, HttpMethod.Get, $"/api/v1/procedures/simplification-plans/{planId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
            var itemId = Item(plan, code).GetProperty("id").GetGuid();
            return await (await SendAsync(keeper, HttpMethod.Put, $"/api/v1/procedures/simplification-plans/{planId}/items/{itemId}", new { status, targetCost }))
                .ShouldBeJsonAsync(HttpStatusCode.OK);
        }

        await Mark("NB.01", "done");
        var twoDone = await Mark("NB.03", "done");
        Item(twoDone, "NB.03").GetProperty("doneOn").GetString().ShouldBe("2026-02-03");
        // 2 of 5 procedures done (0.4 ≥ 0.2); cut (60 − 45) + (5 − 0) = 20 of 105 million = 0.1905 < 0.2.
        var progress = twoDone.GetProperty("progress");
        ShouldBeShare(progress.GetProperty("proceduresSimplified"), 2, 5, 0.4, met: true);
        ShouldBeShare(progress.GetProperty("complianceCostCut"), 20_000_000, 105_000_000, 0.1905, met: false);
        ShouldBeShare(progress.GetProperty("internalPublished"), 2, 3, 0.6667, met: false);

        // A target above the baseline is refused and changes nothing; the third item done lifts the cut to 24 of 105 million = 0.2286.
        var dv04 = Item(twoDone, "DV.04").GetProperty("id").GetGuid();
        await (await SendAsync(keeper, HttpMethod.Put, $"/api/v1/procedures/simplification-plans/{planId}/items/{dv04}", new { status = "done", targetCost = 25_000_000 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var three = await Mark("DV.04", "done");
        ShouldBeShare(three.GetProperty("progress").GetProperty("proceduresSimplified"), 3, 5, 0.6, met: true);
        ShouldBeShare(three.GetProperty("progress").GetProperty("complianceCostCut"), 24_000_000, 105_000_000, 0.2286, met: true);

        // Back to planned: the cut falls again.
        var back = await Mark("NB.01", "planned");
        Item(back, "NB.01").GetProperty("doneOn").ValueKind.ShouldBe(JsonValueKind.Null);
        ShouldBeShare(back.GetProperty("progress").GetProperty("complianceCostCut"), 9_000_000, 105_000_000, 0.0857, met: false);

        var list = await (await SendAsync(keeper, HttpMethod.Get, $"/api/v1/procedures/simplification-plans?bodyUnitId={stpId}&year=2026")).ShouldBeJsonAsync(HttpStatusCode.OK);
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("items").GetInt32().ShouldBe(3);
        list.GetProperty("items")[0].GetProperty("done").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task StaffRead_LeadersEdit_OtherBodiesGet404()
    {
        const string snv = "Sở Nội vụ tỉnh An Giang";
        var snvId = await App.UnitIdAsync(snv);
        await AddProcedureAsync("giamdoc.snv", snv, "SNV.01", isInternal: true, published: true, new { costPerCompliance = 1_000, frequencyPerYear = 1, subjectsPerYear = 10 });
        // An official without Monitor on the body cannot make its plan.
        (await (await SendAsync("chuyenvien", HttpMethod.Post, "/api/v1/procedures/simplification-plans", new { bodyUnitId = snvId, year = 2026, title = "Kế hoạch" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("bodyUnitId", out _).ShouldBeTrue();
        var plan = await (await SendAsync("giamdoc.snv", HttpMethod.Post, "/api/v1/procedures/simplification-plans", new
        {
            bodyUnitId = snvId, year = 2026, title = "Kế hoạch đơn giản hóa năm 2026", items = new[] { new { procedureCode = "SNV.01", action = "cut" } },
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        var planId = plan.GetProperty("id").GetGuid();
        var itemId = plan.GetProperty("items")[0].GetProperty("id").GetGuid();

        // A specialist of a division inside the body reads, but cannot change.
        var read = await (await SendAsync("chuyenvien", HttpMethod.Get, $"/api/v1/procedures/simplification-plans/{planId}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        read.GetProperty("canEdit").GetBoolean().ShouldBeFalse();
        await (await SendAsync("chuyenvien", HttpMethod.Put, $"/api/v1/procedures/simplification-plans/{planId}/items/{itemId}", new { status = "done" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await SendAsync("chuyenvien", HttpMethod.Get, $"/api/v1/procedures/simplification-progress?bodyUnitId={snvId}&year=2026")).ShouldBeJsonAsync(HttpStatusCode.OK);

        // Another body's leader sees nothing of it.
        foreach (var (method, url, body) in new (HttpMethod, string, object?)[]
                 {
                     (HttpMethod.Get, $"/api/v1/procedures/simplification-plans/{planId}", null),
                     (HttpMethod.Get, $"/api/v1/procedures/simplification-progress?bodyUnitId={snvId}&year=2026", null),
                     (HttpMethod.Put, $"/api/v1/procedures/simplification-plans/{planId}/items/{itemId}", new { status = "done" }),
                     (HttpMethod.Post, $"/api/v1/procedures/simplification-plans/{planId}/items", new { procedureCode = "SNV.01", action = "cut" }),
                 })
        {
            await (await SendAsync("giamdoc.sct", method, url, body)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        (await (await SendAsync("giamdoc.sct", HttpMethod.Get, "/api/v1/procedures/simplification-plans")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Any(p => p.GetProperty("id").GetGuid() == planId).ShouldBeFalse();
        // The province's monitoring office keeps its departments' procedures, so it edits; nothing changed before.
        var done = await (await SendAsync("theodoi", HttpMethod.Put, $"/api/v1/procedures/simplification-plans/{planId}/items/{itemId}", new { status = "done" }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        ShouldBeShare(done.GetProperty("progress").GetProperty("proceduresSimplified"), 1, 1, 1, met: true);
        await (await SendAsync("giamdoc.snv", HttpMethod.Get, $"/api/v1/procedures/simplification-progress?year=2026")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}

[Collection("sqlite")]
public sealed class SqliteSimplificationPlanTests(SqliteApp app) : SimplificationPlanTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresSimplificationPlanTests(PostgresApp app) : SimplificationPlanTests<PostgresApp>(app), IClassFixture<PostgresApp>;
