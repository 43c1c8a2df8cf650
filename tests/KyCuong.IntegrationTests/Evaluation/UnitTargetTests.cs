using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Chasing;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Modules.Evaluation.UnitTargets;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KyCuong.IntegrationTests.Evaluation;

/// <summary>
/// docs/domain.md "Evaluation: patterns and candidates", units under 70 % of their yearly targets (Quy định 377-QĐ/TW): the superior unit's
/// leader records the figure with its source document; at 69.9 % the unit's head is listed for review with that evidence, at 70 % not;
/// nobody records their own unit's figure; bad input writes nothing; another body's people see nothing.
/// </summary>
public abstract class UnitTargetTests<TApp>(TApp app) : ChasingTestBase<TApp>(app) where TApp : AppFixture
{
    private const string Snv = "Sở Nội vụ tỉnh An Giang";

    private async Task<HttpResponseMessage> PutAsync(string user, string url, object body)
    {
        using var client = await App.ClientForAsync(user);
        return await client.PutAsJsonAsync(url, body, Ct);
    }

    private async Task<HttpResponseMessage> GetAsync(string user, string url)
    {
        using var client = await App.ClientForAsync(user);
        return await client.GetAsync(url, Ct);
    }

    private static IEnumerable<JsonElement> TargetReasons(JsonElement candidates, Guid userId) =>
        candidates.GetProperty("review").EnumerateArray().Where(r => r.GetProperty("userId").GetGuid() == userId)
            .SelectMany(r => r.GetProperty("reasons").EnumerateArray()).Where(r => r.GetProperty("code").GetString() == "unitTargetsBelow");

    [Fact]
    public async Task At69Point9_TheHeadIsListedWithTheEvidence_At70Not_OnlyTheSuperiorsLeaderRecords()
    {
        // A fresh division of Sở Nội vụ; its superior's leader is giamdoc.snv.
        var (unitId, leaderId, specialistId, specialist, leader) = await NewUnitAsync(Snv);
        var url = $"/api/v1/units/{unitId}/target-results/2026";
        var candidates = $"/api/v1/units/{unitId}/candidates?year=2026";

        var before = await (await GetAsync("giamdoc.snv", candidates)).ShouldBeJsonAsync(HttpStatusCode.OK);
        TargetReasons(before, leaderId).ShouldBeEmpty();
        before.GetProperty("notModelled").EnumerateArray().ShouldContain(n => n.GetString()!.Contains("377-QĐ/TW", StringComparison.Ordinal));

        // Bad input: 400 naming each field, nothing written.
        var bad = await (await PutAsync("giamdoc.snv", url, new { percent = 100.5m, sourceDocument = "" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        bad.GetProperty("errors").TryGetProperty("percent", out _).ShouldBeTrue();
        bad.GetProperty("errors").TryGetProperty("sourceDocument", out _).ShouldBeTrue();
        (await (await PutAsync("giamdoc.snv", url, new { percent = 69.999m, sourceDocument = "215/BC-SNV" })).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("percent", out _).ShouldBeTrue();
        (await (await PutAsync("giamdoc.snv", $"/api/v1/units/{unitId}/target-results/1999", new { percent = 50, sourceDocument = "215/BC-SNV" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("year", out _).ShouldBeTrue();
        (await (await GetAsync("giamdoc.snv", $"/api/v1/units/{unitId}/target-results")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(0);

        // The unit's own head may read but not record (403); people outside see nothing (404).
        await (await PutAsync(leader, url, new { percent = 95, sourceDocument = "01/BC-PT" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        foreach (var stranger in new[] { specialist, "giamdoc.sct", "chuyenvien" })
        {
            await (await PutAsync(stranger, url, new { percent = 95, sourceDocument = "01/BC-PT" })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            await (await GetAsync(stranger, $"/api/v1/units/{unitId}/target-results")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        // 69.9 % is below 70 %: the head (not the specialist) is listed, with the figure and the source document.
        var low = await (await PutAsync("giamdoc.snv", url, new { percent = 69.9m, sourceDocument = "215/BC-SNV" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        low.GetProperty("percent").GetDecimal().ShouldBe(69.9m);
        low.GetProperty("belowThreshold").GetBoolean().ShouldBeTrue();
        low.GetProperty("recordedByName").GetString().ShouldBe("Lê Minh Cường");
        var listed = await (await GetAsync("giamdoc.snv", candidates)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var reason = TargetReasons(listed, leaderId).ShouldHaveSingleItem();
        reason.GetProperty("text").GetString()!.ShouldContain("69,9 %");
        reason.GetProperty("text").GetString()!.ShouldContain("215/BC-SNV");
        reason.GetProperty("text").GetString()!.ShouldContain("377-QĐ/TW");
        TargetReasons(listed, specialistId).ShouldBeEmpty();
        listed.GetProperty("notModelled").EnumerateArray().ShouldNotContain(n => n.GetString()!.Contains("377-QĐ/TW", StringComparison.Ordinal));
        // The head reads the same evidence.
        TargetReasons(await (await GetAsync(leader, candidates)).ShouldBeJsonAsync(HttpStatusCode.OK), leaderId).Count().ShouldBe(1);
        // Another year is not touched.
        TargetReasons(await (await GetAsync("giamdoc.snv", $"/api/v1/units/{unitId}/candidates?year=2025")).ShouldBeJsonAsync(HttpStatusCode.OK), leaderId)
            .ShouldBeEmpty();

        // 70 % is not below 70 %: recorded again (one row per year), the head is no longer listed for it.
        var at = await (await PutAsync("giamdoc.snv", url, new { percent = 70, sourceDocument = "230/BC-SNV" })).ShouldBeJsonAsync(HttpStatusCode.OK);
        at.GetProperty("belowThreshold").GetBoolean().ShouldBeFalse();
        TargetReasons(await (await GetAsync("giamdoc.snv", candidates)).ShouldBeJsonAsync(HttpStatusCode.OK), leaderId).ShouldBeEmpty();
        var list = await (await GetAsync(leader, $"/api/v1/units/{unitId}/target-results")).ShouldBeJsonAsync(HttpStatusCode.OK);
        list.GetProperty("total").GetInt32().ShouldBe(1);
        list.GetProperty("items")[0].GetProperty("sourceDocument").GetString().ShouldBe("230/BC-SNV");

        // Each recording is audited, the second with the value it replaced.
        using var scope = App.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var audits = await db.AuditEntries.AsNoTracking().Where(a => a.EntityId == unitId && a.Action == UnitTargetsHandler.Recorded).ToListAsync(Ct);
        audits.Count.ShouldBe(2);
        audits.ShouldContain(a => a.DataJson!.Contains("230/BC-SNV") && a.DataJson.Contains("215/BC-SNV"));
    }
}

[Collection("sqlite")]
public sealed class SqliteUnitTargetTests(SqliteApp app) : UnitTargetTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresUnitTargetTests(PostgresApp app) : UnitTargetTests<PostgresApp>(app), IClassFixture<PostgresApp>;
