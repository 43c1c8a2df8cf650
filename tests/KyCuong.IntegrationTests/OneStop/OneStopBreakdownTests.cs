using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.OneStop;

/// <summary>
/// The on-time rate per procedure and per step (docs/domain.md "One-stop by procedure and step; procedures catalogue"), hand-computed,
/// on SQLite and on PostgreSQL.
/// </summary>
public abstract class OneStopBreakdownTests<TApp>(TApp app) : IAsyncLifetime where TApp : AppFixture
{
    public async ValueTask InitializeAsync() =>
        await CatalogueFixtures.PublishAsync(App, Stp, (P1, "Chứng thực bản sao từ bản chính", 2), (P2, "Cấp Phiếu lý lịch tư pháp", 10));

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Leader = "giamdoc.stp";
    private const string Stp = "Sở Tư pháp tỉnh An Giang";
    private const string Sxd = "Sở Xây dựng tỉnh An Giang";

    private async Task<HttpResponseMessage> PostAsync(string url, object body)
    {
        using var client = await App.ClientForAsync(Leader);
        return await client.PostAsJsonAsync(url, body, Ct);
    }

    private async Task<HttpResponseMessage> GetAsync(string user, string url)
    {
        using var client = await App.ClientForAsync(user);
        return await client.GetAsync(url, Ct);
    }

    private async Task<Guid> ReceiveAsync(string procedureCode, string receivedAt, int days) =>
        (await (await PostAsync("/api/v1/one-stop/dossiers", new
        {
            code = "000.00.30.H01-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant(),
            procedureCode,
            procedureName = procedureCode == P1 ? "Chứng thực bản sao từ bản chính" : "Cấp Phiếu lý lịch tư pháp",
            timeLimitWorkingDays = days,
            receivedAt,
            receivingUnitId = await App.UnitIdAsync(Stp),
            applicantName = "Lê Văn Tám",
        })).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task HandOffAsync(Guid id, string at) =>
        await (await PostAsync($"/api/v1/one-stop/dossiers/{id}/steps", new { toUnitId = await App.UnitIdAsync(Sxd), at })).ShouldBeJsonAsync(HttpStatusCode.OK);

    private async Task ReturnAsync(Guid id, string at) =>
        await (await PostAsync($"/api/v1/one-stop/dossiers/{id}/result", new { returnedAt = at })).ShouldBeJsonAsync(HttpStatusCode.OK);

    private const string P1 = "9.000001";
    private const string P2 = "9.000002";

    /// <summary>
    /// Sở Tư pháp, March 2025 (no holiday), seen on 3 Feb 2026. P1: A received Mon 3 Mar, 5 days → due Mon 10 Mar; Sở Tư pháp to Wed 5 Mar
    /// (used 2, allowed 5), Sở Xây dựng to Fri 7 Mar (used 2, allowed 3: 6, 7, 10), on time. B received Mon 3 Mar, 3 days → due Thu 6 Mar;
    /// Sở Tư pháp to Tue 4 Mar (used 1, allowed 3), Sở Xây dựng to Wed 12 Mar (used 6, allowed 2: overran, charged), late. C received Mon 17 Mar,
    /// 2 days → due Wed 19 Mar, still at Sở Tư pháp on 31 Mar (used 10, allowed 2: overran, charged), overdue. D received Mon 24 Mar, 10 days:
    /// received, not yet judged. P2: E received Thu 27 Feb, 2 days → due Mon 3 Mar, returned 3 Mar (used 2, allowed 2), on time. F received
    /// Mon 10 Mar, 1 day → due Tue 11 Mar, returned 8 Apr: overdue at 31 Mar (used 15 to then, allowed 1, charged).
    /// </summary>
    [Fact]
    public async Task Breakdown_HandComputed_PerProcedureAndStep_DrillDown_AddsUpToSummary_Scoped()
    {
        var a = await ReceiveAsync(P1, "2025-03-03T08:00:00+07:00", 5);
        await HandOffAsync(a, "2025-03-05T09:00:00+07:00");
        await ReturnAsync(a, "2025-03-07T15:00:00+07:00");
        var b = await ReceiveAsync(P1, "2025-03-03T09:00:00+07:00", 3);
        await HandOffAsync(b, "2025-03-04T09:00:00+07:00");
        await ReturnAsync(b, "2025-03-12T15:00:00+07:00");
        var c = await ReceiveAsync(P1, "2025-03-17T08:00:00+07:00", 2);
        await ReceiveAsync(P1, "2025-03-24T08:00:00+07:00", 10);
        var e = await ReceiveAsync(P2, "2025-02-27T08:00:00+07:00", 2);
        await ReturnAsync(e, "2025-03-03T10:00:00+07:00");
        var f = await ReceiveAsync(P2, "2025-03-10T08:00:00+07:00", 1);
        await ReturnAsync(f, "2025-04-08T10:00:00+07:00");

        var stp = await App.UnitIdAsync(Stp);
        var sxd = await App.UnitIdAsync(Sxd);
        var url = $"/api/v1/units/{stp}/one-stop-breakdown?from=2025-03-01&to=2025-03-31";
        var body = await (await GetAsync(Leader, url)).ShouldBeJsonAsync(HttpStatusCode.OK);
        body.GetProperty("dossiers").ValueKind.ShouldBe(JsonValueKind.Null);
        var procedures = body.GetProperty("procedures").EnumerateArray().ToList();
        // The procedure with more late and overdue dossiers comes first.
        procedures.Select(p => p.GetProperty("procedureCode").GetString()).ShouldBe([P1, P2]);

        var p1 = procedures[0];
        p1.GetProperty("procedureName").GetString().ShouldBe("Chứng thực bản sao từ bản chính");
        (p1.GetProperty("received").GetInt32(), p1.GetProperty("doneOnTime").GetInt32(), p1.GetProperty("doneLate").GetInt32(), p1.GetProperty("inProgressOverdue").GetInt32())
            .ShouldBe((4, 1, 1, 1));
        p1.GetProperty("onTimeRate").GetDouble().ShouldBe(0.5);
        Steps(p1).ShouldBe([(1, stp, 3, 2 + 1 + 10, 5 + 3 + 2, 1, 1), (2, sxd, 2, 2 + 6, 3 + 2, 1, 1)]);

        var p2 = procedures[1];
        (p2.GetProperty("received").GetInt32(), p2.GetProperty("doneOnTime").GetInt32(), p2.GetProperty("doneLate").GetInt32(), p2.GetProperty("inProgressOverdue").GetInt32())
            .ShouldBe((1, 1, 0, 1));
        p2.GetProperty("onTimeRate").GetDouble().ShouldBe(1.0);
        Steps(p2).ShouldBe([(1, stp, 2, 2 + 15, 2 + 1, 1, 1)]);

        // The procedures add up to the body's summary of the same period.
        var summary = await (await GetAsync(Leader, $"/api/v1/units/{stp}/one-stop-summary?from=2025-03-01&to=2025-03-31")).ShouldBeJsonAsync(HttpStatusCode.OK);
        summary.GetProperty("received").GetInt32().ShouldBe(5);
        summary.GetProperty("doneOnTime").GetInt32().ShouldBe(2);
        summary.GetProperty("doneLate").GetInt32().ShouldBe(1);
        summary.GetProperty("inProgressOverdue").GetInt32().ShouldBe(2);

        // Drill-down: the dossiers of P1 judged in March, late first (by due date), with the unit each is charged to; no personal data.
        var drill = await GetAsync(Leader, url + "&procedureCode=" + P1);
        var raw = await drill.Content.ReadAsStringAsync(Ct);
        raw.ShouldNotContain("Lê Văn Tám");
        var one = await drill.ShouldBeJsonAsync(HttpStatusCode.OK);
        one.GetProperty("procedures").GetArrayLength().ShouldBe(1);
        one.GetProperty("dossiersTotal").GetInt32().ShouldBe(3);
        var dossiers = one.GetProperty("dossiers").EnumerateArray().ToList();
        dossiers.Select(d => d.GetProperty("id").GetGuid()).ShouldBe([b, c, a]);
        dossiers.Select(d => d.GetProperty("status").GetString()).ShouldBe(["doneLate", "inProgressOverdue", "doneOnTime"]);
        dossiers.Select(d => d.GetProperty("workingDaysUsed").GetInt32()).ShouldBe([1 + 6, 10, 2 + 2]);
        dossiers[0].GetProperty("chargedUnitName").GetString().ShouldBe(Sxd);
        dossiers[1].GetProperty("chargedUnitName").GetString().ShouldBe(Stp);
        dossiers[2].GetProperty("chargedUnitId").ValueKind.ShouldBe(JsonValueKind.Null);

        // F was returned in April: judged there as late, the whole stay charged to Sở Tư pháp.
        var april = await (await GetAsync(Leader, $"/api/v1/units/{stp}/one-stop-breakdown?from=2025-04-01&to=2025-04-30&procedureCode={P2}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var p2April = april.GetProperty("procedures").EnumerateArray().Single();
        (p2April.GetProperty("doneLate").GetInt32(), p2April.GetProperty("inProgressOverdue").GetInt32()).ShouldBe((1, 0));
        april.GetProperty("dossiers").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(f);

        // The province office sees its departments; another department gets 404; a bad period and an over-long code are 400.
        var province = await (await GetAsync("vanthu", $"/api/v1/units/{await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang")}/one-stop-breakdown?from=2025-03-01&to=2025-03-31&procedureCode={P1}"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        province.GetProperty("dossiersTotal").GetInt32().ShouldBe(3);
        await (await GetAsync("giamdoc.sct", url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await GetAsync(Leader, $"/api/v1/units/{stp}/one-stop-breakdown?from=2025-04-01&to=2025-03-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await GetAsync(Leader, $"{url}&procedureCode={new string('9', 101)}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static List<(int, Guid, int, int, int, int, int)> Steps(JsonElement procedure) => [.. procedure.GetProperty("steps").EnumerateArray()
        .Select(s => (s.GetProperty("seq").GetInt32(), s.GetProperty("unitId").GetGuid(), s.GetProperty("dossiers").GetInt32(), s.GetProperty("workingDaysUsed").GetInt32(),
            s.GetProperty("workingDaysAllowed").GetInt32(), s.GetProperty("overran").GetInt32(), s.GetProperty("lateDossiers").GetInt32()))];
}

[Collection("sqlite")]
public sealed class SqliteOneStopBreakdownTests(SqliteApp app) : OneStopBreakdownTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresOneStopBreakdownTests(PostgresApp app) : OneStopBreakdownTests<PostgresApp>(app), IClassFixture<PostgresApp>;
