using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.OneStop;

/// <summary>
/// The 766 service index of Sở Tư pháp through real HTTP (docs/domain.md "Procedures: simplification plans and the 766 index"), on SQLite
/// and on PostgreSQL, against figures computed by hand. The demo seeds no procedure, dossier or rating for this body.
/// </summary>
public abstract class ServiceIndexTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Leader = "giamdoc.stp";
    private const string Stp = "Sở Tư pháp tỉnh An Giang";

    private async Task<HttpResponseMessage> SendAsync(string user, HttpMethod method, string url, object? body = null)
    {
        using var client = await App.ClientForAsync(user);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        return await client.SendAsync(request, Ct);
    }

    private async Task ProcedureAsync(string code, string? publishedOn)
    {
        object body = publishedOn is null
            ? new { code, name = "Thủ tục " + code, bodyUnitId = await App.UnitIdAsync(Stp), timeLimitWorkingDays = 5 }
            : new
            {
                code, name = "Thủ tục " + code, bodyUnitId = await App.UnitIdAsync(Stp), sequence = "Bước 1; Bước 2.", method = "Trực tiếp.", dossier = "Tờ khai.",
                timeLimitWorkingDays = 5, subjects = "Công dân", agency = Stp, result = "Văn bản", fees = "Không", legalBasis = "Luật Lý lịch tư pháp 2009",
                status = "published", publishedOn,
            };
        await (await SendAsync(Leader, HttpMethod.Post, "/api/v1/procedures", body)).ShouldBeJsonAsync(HttpStatusCode.Created);
    }

    private async Task DossierAsync(string receivedAt, int days, string returnedAt)
    {
        var created = await (await SendAsync(Leader, HttpMethod.Post, "/api/v1/one-stop/dossiers", new
        {
            code = "000.00.40.H01-" + Guid.NewGuid().ToString("N")[..10], procedureCode = "TP.A", timeLimitWorkingDays = days, receivedAt,
            receivingUnitId = await App.UnitIdAsync(Stp),
        })).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await SendAsync(Leader, HttpMethod.Post, $"/api/v1/one-stop/dossiers/{created.GetProperty("id").GetGuid()}/result", new { returnedAt }))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
    }

    private static JsonElement Group(JsonElement groups, string key) => groups.EnumerateArray().Single(g => g.GetProperty("key").GetString() == key);

    [Fact]
    public async Task Index_HandComputed_ByGroupAndMonth_UnmeasuredGroupsNeverScored_OthersGet404()
    {
        // Listed today (3 Feb 2026) unless published earlier: TP.D published 15 Dec 2025, TP.A 10 Jan, TP.B 20 Jan; TP.C a draft.
        await ProcedureAsync("TP.D", "2025-12-15");
        await ProcedureAsync("TP.A", "2026-01-10");
        await ProcedureAsync("TP.B", "2026-01-20");
        await ProcedureAsync("TP.C", null);
        // Mon 5 Jan + 2 working days → Wed 7 Jan: returned 6 Jan on time, 9 Jan late; Mon 12 Jan + 5 → Mon 19 Jan, returned that day on time;
        // Mon 2 Feb + 1 → Tue 3 Feb, returned that day on time.
        await DossierAsync("2026-01-05T08:00:00+07:00", 2, "2026-01-06T15:00:00+07:00");
        await DossierAsync("2026-01-05T09:00:00+07:00", 2, "2026-01-09T15:00:00+07:00");
        await DossierAsync("2026-01-12T08:00:00+07:00", 5, "2026-01-19T15:00:00+07:00");
        await DossierAsync("2026-02-02T08:00:00+07:00", 1, "2026-02-03T08:30:00+07:00");

        var stp = await App.UnitIdAsync(Stp);
        var index = await (await SendAsync(Leader, HttpMethod.Get, $"/api/v1/units/{stp}/service-index?from=2025-12-01&to=2026-02-03")).ShouldBeJsonAsync(HttpStatusCode.OK);
        var groups = index.GetProperty("groups");
        // Publicity as of 3 Feb: 3 published of 4 listed = 0.75 × 18 = 13.5. Progress: 3 on time of 4 returned = 0.75 × 20 = 15.
        Group(groups, "publicity").GetProperty("score").GetDouble().ShouldBe(13.5);
        Group(groups, "publicity").GetProperty("of").GetInt64().ShouldBe(4);
        Group(groups, "progress").GetProperty("score").GetDouble().ShouldBe(15);
        Group(groups, "progress").GetProperty("rate").GetDouble().ShouldBe(0.75);
        // Not recorded, or nothing rated: not measured, never a guessed score.
        foreach (var key in new[] { "digitisation", "online", "satisfaction" })
        {
            Group(groups, key).GetProperty("measured").GetBoolean().ShouldBeFalse(key);
            Group(groups, key).GetProperty("score").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        Group(groups, "digitisation").GetProperty("max").GetDouble().ShouldBe(22);
        index.GetProperty("score").GetDouble().ShouldBe(28.5);
        index.GetProperty("measuredMax").GetDouble().ShouldBe(38);
        index.GetProperty("max").GetDouble().ShouldBe(100);

        // By month. December: TP.D alone listed and published (18), no dossier returned. January: 3 of 3 published as of 31 Jan (18);
        // 2 of 3 on time = 13.33. February (1–3): 13.5 + 20.
        var months = index.GetProperty("months").EnumerateArray().ToList();
        months.Select(m => m.GetProperty("month").GetString()).ShouldBe(["2025-12", "2026-01", "2026-02"]);
        months[0].GetProperty("score").GetDouble().ShouldBe(18);
        months[0].GetProperty("measuredMax").GetDouble().ShouldBe(18);
        Group(months[0].GetProperty("groups"), "progress").GetProperty("measured").GetBoolean().ShouldBeFalse();
        Group(months[1].GetProperty("groups"), "progress").GetProperty("score").GetDouble().ShouldBe(13.33);
        months[1].GetProperty("score").GetDouble().ShouldBe(31.33);
        months[2].GetProperty("score").GetDouble().ShouldBe(33.5);

        // Another department sees nothing; a reversed period is 400.
        await (await SendAsync("giamdoc.sct", HttpMethod.Get, $"/api/v1/units/{stp}/service-index")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await SendAsync(Leader, HttpMethod.Get, $"/api/v1/units/{stp}/service-index?from=2026-02-01&to=2026-01-01")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        // The province sees its departments' figures summed.
        var province = await (await SendAsync("chutich", HttpMethod.Get, $"/api/v1/units/{await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang")}/service-index?from=2026-01-01&to=2026-01-31"))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        Group(province.GetProperty("groups"), "progress").GetProperty("of").GetInt64().ShouldBeGreaterThanOrEqualTo(3);
    }
}

public sealed class SqliteServiceIndexTests(SqliteApp app) : ServiceIndexTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresServiceIndexTests(PostgresApp app) : ServiceIndexTests<PostgresApp>(app), IClassFixture<PostgresApp>;
