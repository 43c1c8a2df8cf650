using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Evaluation;

/// <summary>
/// docs/domain.md "Evaluation", conversion (Nghị định 335/2025): the personnel office keeps the catalogue (groups N1–N5 within their
/// frames), the assigner gives a task its product type, and a, b, c weigh the products by coefficient — every figure by hand.
/// </summary>
public abstract class CatalogueTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";
    private const string Sct = "Sở Công Thương tỉnh An Giang";

    private async Task<HttpResponseMessage> SendAsync(string user, HttpMethod method, string url, object? body = null)
    {
        using var client = await App.ClientForAsync(user);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        return await client.SendAsync(request, Ct);
    }

    private async Task<Guid> AddProductAsync(string user, Guid unitId, string position, string name, string group, decimal points)
    {
        var p = await (await SendAsync(user, HttpMethod.Post, "/api/v1/evaluation/catalogue", new { unitId, jobPosition = position, name, group, points }))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        return p.GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> SetProductAsync(string user, Guid taskId, Guid? productId) =>
        SendAsync(user, HttpMethod.Put, $"/api/v1/tasks/{taskId}/evaluation-product", new { productId });

    private async Task<JsonElement> EvaluationAsync(string user, Guid userId) =>
        await (await SendAsync(user, HttpMethod.Get, $"/api/v1/users/{userId}/evaluation?period=2026-Q3")).ShouldBeJsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task Catalogue_ThePersonnelOfficeKeepsIt_GroupsWithinTheirFrames_ReadersInTheBodyOnly()
    {
        var (unitId, _, _, cv, tp) = await NewUnitAsync(Snv);
        var snv = await App.UnitIdAsync(Snv);
        var name = $"Đề án vị trí việc làm {Guid.NewGuid().ToString("N")[..6]}";

        // theodoi (monitor of the province) is the personnel office for every body under it; N3 frame 300, 15 points = 3 standard products.
        var created = await (await SendAsync("theodoi", HttpMethod.Post, "/api/v1/evaluation/catalogue",
            new { unitId = snv, jobPosition = "  Chuyên   viên ", name, group = "N3", points = 15 })).ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("group").GetString().ShouldBe("N3");
        created.GetProperty("coefficient").GetDecimal().ShouldBe(3m);
        created.GetProperty("jobPosition").GetString().ShouldBe("Chuyên viên");
        var id = created.GetProperty("id").GetGuid();

        // The frame is the most a product of the group weighs: N1 at 100 is allowed, N1 at 100.01 is not.
        (await (await SendAsync("theodoi", HttpMethod.Post, "/api/v1/evaluation/catalogue",
            new { unitId, jobPosition = "Chuyên viên", name = "Văn bản hành chính thông thường", group = "N1", points = 100 })).ShouldBeJsonAsync(HttpStatusCode.Created))
            .GetProperty("coefficient").GetDecimal().ShouldBe(20m);
        foreach (var (group, points, field) in new (string?, decimal?, string)[] { ("N1", 100.01m, "points"), ("N6", 5m, "group"), (null, 5m, "group"), ("N2", 0m, "points"), ("N2", 1.005m, "points"), ("N2", null, "points") })
        {
            var bad = await (await SendAsync("theodoi", HttpMethod.Post, "/api/v1/evaluation/catalogue", new { unitId, jobPosition = "Chuyên viên", name = "X", group, points }))
                .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            bad.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue($"{group} {points}");
        }

        (await (await SendAsync("theodoi", HttpMethod.Post, "/api/v1/evaluation/catalogue", new { unitId, jobPosition = "", name = "" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("jobPosition", out _).ShouldBeTrue();

        // Everyone in the body reads it (the assigner chooses from it); only the personnel office writes; another body sees nothing.
        foreach (var reader in new[] { cv, tp, "giamdoc.snv", "theodoi", "admin" })
        {
            var list = await (await SendAsync(reader, HttpMethod.Get, $"/api/v1/evaluation/catalogue?unitId={snv}")).ShouldBeJsonAsync(HttpStatusCode.OK);
            list.GetProperty("products").EnumerateArray().ShouldContain(p => p.GetProperty("id").GetGuid() == id, reader);
            list.GetProperty("frames").GetProperty("N5").GetDecimal().ShouldBe(500m);
        }

        foreach (var writer in new[] { cv, tp, "giamdoc.snv" })
        {
            await (await SendAsync(writer, HttpMethod.Post, "/api/v1/evaluation/catalogue", new { unitId = snv, jobPosition = "Chuyên viên", name = "Y", group = "N1", points = 5 }))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await (await SendAsync(writer, HttpMethod.Put, $"/api/v1/evaluation/catalogue/{id}", new { jobPosition = "Chuyên viên", name, group = "N1", points = 5 }))
                .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        await (await SendAsync("giamdoc.sct", HttpMethod.Get, $"/api/v1/evaluation/catalogue?unitId={snv}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await SendAsync("giamdoc.sct", HttpMethod.Put, $"/api/v1/evaluation/catalogue/{id}", new { jobPosition = "Chuyên viên", name, group = "N1", points = 5 }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await SendAsync("giamdoc.sct", HttpMethod.Post, "/api/v1/evaluation/catalogue", new { unitId = snv, jobPosition = "Chuyên viên", name = "Z", group = "N1", points = 5 }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);

        // Retiring keeps the row (listed only on request); every change is audited by its author.
        var retired = await (await SendAsync("theodoi", HttpMethod.Put, $"/api/v1/evaluation/catalogue/{id}",
            new { jobPosition = "Chuyên viên", name, group = "N3", points = 15, active = false })).ShouldBeJsonAsync(HttpStatusCode.OK);
        retired.GetProperty("active").GetBoolean().ShouldBeFalse();
        (await (await SendAsync(cv, HttpMethod.Get, $"/api/v1/evaluation/catalogue?unitId={snv}")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("products").EnumerateArray().ShouldNotContain(p => p.GetProperty("id").GetGuid() == id);
        (await (await SendAsync(cv, HttpMethod.Get, $"/api/v1/evaluation/catalogue?unitId={snv}&includeRetired=true")).ShouldBeJsonAsync(HttpStatusCode.OK))
            .GetProperty("products").EnumerateArray().ShouldContain(p => p.GetProperty("id").GetGuid() == id);
        using var scope = App.Factory.Services.CreateScope();
        var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "evaluation" && a.EntityId == id).ToListAsync(Ct);
        audit.Select(a => a.Action).Order(StringComparer.Ordinal).ShouldBe(["catalogueProductAdded", "catalogueProductChanged"]);
        audit.ShouldAllBe(a => a.ActorName == "theodoi");
    }

    [Fact]
    public async Task ProductType_WeighsTheTask_OnlyTheAssignerChooses_FromTheHoldersPosition()
    {
        var (unitId, _, cvId, cv, tp) = await NewUnitAsync(Snv);
        var report = await AddProductAsync("theodoi", await App.UnitIdAsync(Snv), "Chuyên viên", "Báo cáo chuyên đề cấp tỉnh", "N3", 15);
        var leaders = await AddProductAsync("theodoi", unitId, "Trưởng phòng", "Chương trình công tác của phòng", "N2", 10);
        var otherBody = await AddProductAsync("admin", await App.UnitIdAsync(Sct), "Chuyên viên", "Báo cáo ngành công thương", "N2", 10);
        try
        {
            // t1 on time and met; t2 due Fri 14/8, completed Mon 17/8 by cv (one delay) with one major error.
            await SetClockAsync(Vn(2026, 8, 3));
            var t1 = await CreateTaskAsync(tp, unitId, cvId, "2026-08-14", "Tổng hợp số liệu biên chế");
            var t2 = await CreateTaskAsync(tp, unitId, cvId, "2026-08-14", "Báo cáo chuyên đề về vị trí việc làm");
            await SetClockAsync(Vn(2026, 8, 10));
            await (await SendAsync(cv, HttpMethod.Post, $"/api/v1/tasks/{t1}/complete", new { result = "Đã tổng hợp." })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await SendAsync(tp, HttpMethod.Post, $"/api/v1/tasks/{t1}/review", new { quality = "met" })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await SetClockAsync(Vn(2026, 8, 17, 10));
            await (await SendAsync(cv, HttpMethod.Post, $"/api/v1/tasks/{t2}/complete", new { result = "Đã gửi Báo cáo số 77/BC-SNV." })).ShouldBeJsonAsync(HttpStatusCode.OK);
            await (await SendAsync(tp, HttpMethod.Post, $"/api/v1/tasks/{t2}/review", new { quality = "met", majorError = true, note = "Thiếu số liệu xã." }))
                .ShouldBeJsonAsync(HttpStatusCode.OK);
            await SetClockAsync(Vn(2026, 10, 2));

            // Two standard products: a = 1, b = c = (1 + 0.75)/2 = 0.875, score 0.9167, 64.17 points.
            var before = await EvaluationAsync(cv, cvId);
            before.GetProperty("quality").GetDecimal().ShouldBe(0.875m);
            before.GetProperty("taskPoints").GetDecimal().ShouldBe(64.17m);

            // Neither the holder nor another body's director chooses the type (404, as if there were no task); a product of another
            // body's catalogue or of another job position is refused with a stable code and changes nothing.
            await (await SetProductAsync(cv, t2, report)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await SetProductAsync("giamdoc.sct", t2, report)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await SetProductAsync(tp, Guid.NewGuid(), report)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            foreach (var wrong in new[] { otherBody, leaders })
            {
                (await (await SetProductAsync(tp, t2, wrong)).ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString()
                    .ShouldBe("evaluation.productNotApplicable");
            }

            (await (await SetProductAsync(tp, t2, Guid.NewGuid())).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors")
                .TryGetProperty("productId", out _).ShouldBeTrue();
            (await EvaluationAsync(cv, cvId)).GetProperty("taskPoints").GetDecimal().ShouldBe(64.17m);

            // The assigner makes t2 an N3 product of 15 points (coefficient 3, from the body's catalogue above the unit):
            // weight 1 + 3 = 4; a = 4/4 = 1; b = (1 + 0.75 × 3)/4 = 0.8125; c = (1 + 0.75 × 3)/4 = 0.8125;
            // score = (1 + 0.8125 + 0.8125)/3 = 0.875; points = 0.875 × 70 = 61.25.
            var set = await (await SetProductAsync(tp, t2, report)).ShouldBeJsonAsync(HttpStatusCode.OK);
            set.GetProperty("coefficient").GetDecimal().ShouldBe(3m);
            var after = await EvaluationAsync("giamdoc.snv", cvId);
            after.GetProperty("quantity").GetDecimal().ShouldBe(1m);
            after.GetProperty("quality").GetDecimal().ShouldBe(0.8125m);
            after.GetProperty("progress").GetDecimal().ShouldBe(0.8125m);
            after.GetProperty("taskPercent").GetDecimal().ShouldBe(0.875m);
            after.GetProperty("taskPoints").GetDecimal().ShouldBe(61.25m);
            var p2 = after.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("taskId").GetGuid() == t2);
            p2.GetProperty("coefficient").GetDecimal().ShouldBe(3m);
            p2.GetProperty("productType").GetString().ShouldBe("Báo cáo chuyên đề cấp tỉnh");
            p2.GetProperty("productGroup").GetString().ShouldBe("N3");
            p2.GetProperty("notes")[0].GetString()!.ShouldContain("hệ số 3");
            after.GetProperty("products").EnumerateArray().Single(p => p.GetProperty("taskId").GetGuid() == t1).GetProperty("coefficient").GetDecimal().ShouldBe(1m);

            // The weight was copied when chosen: correcting or retiring the catalogue product does not rewrite the quarter.
            await (await SendAsync("theodoi", HttpMethod.Put, $"/api/v1/evaluation/catalogue/{report}",
                new { jobPosition = "Chuyên viên", name = "Báo cáo chuyên đề cấp tỉnh", group = "N3", points = 50, active = false })).ShouldBeJsonAsync(HttpStatusCode.OK);
            (await EvaluationAsync(cv, cvId)).GetProperty("taskPoints").GetDecimal().ShouldBe(61.25m);

            // Back to one standard product: 64.17 again. Each choice is audited against the task, by the assigner.
            (await (await SetProductAsync(tp, t2, null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("productId", out _).ShouldBeTrue();
            (await EvaluationAsync(cv, cvId)).GetProperty("taskPoints").GetDecimal().ShouldBe(61.25m);
            await (await SendAsync(cv, HttpMethod.Delete, $"/api/v1/tasks/{t2}/evaluation-product")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            (await (await SendAsync(tp, HttpMethod.Delete, $"/api/v1/tasks/{t2}/evaluation-product")).ShouldBeJsonAsync(HttpStatusCode.OK))
                .GetProperty("coefficient").GetDecimal().ShouldBe(1m);
            (await EvaluationAsync(cv, cvId)).GetProperty("taskPoints").GetDecimal().ShouldBe(64.17m);
            using var scope = App.Factory.Services.CreateScope();
            var audit = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == "evaluation" && a.EntityId == t2).ToListAsync(Ct);
            audit.Count.ShouldBe(2);
            audit.ShouldAllBe(a => a.Action == "taskProductSet" && a.ActorName == tp);
        }
        finally
        {
            await ResetClockAsync();
        }
    }
}

[Collection("sqlite")]
public sealed class SqliteCatalogueTests(SqliteApp app) : CatalogueTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresCatalogueTests(PostgresApp app) : CatalogueTests<PostgresApp>(app), IClassFixture<PostgresApp>;
