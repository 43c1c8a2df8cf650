using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Procedures;

/// <summary>The procedures catalogue through real HTTP (docs/domain.md "One-stop by procedure and step; procedures catalogue"), on SQLite and on PostgreSQL.</summary>
public abstract class ProceduresApiTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Keeper = "giamdoc.stp";
    private const string Stp = "Sở Tư pháp tỉnh An Giang";

    private static string NewCode(string prefix = "9.") => prefix + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private async Task<HttpResponseMessage> SendAsync(string user, HttpMethod method, string url, object? body = null)
    {
        using var client = await App.ClientForAsync(user);
        using var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        return await client.SendAsync(request, Ct);
    }

    private async Task<object> DraftAsync(string code, bool isInternal = false, object? cost = null) => new
    {
        code,
        name = "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
        @internal = isInternal,
        bodyUnitId = await App.UnitIdAsync(Stp),
        timeLimitWorkingDays = 10,
        complianceCost = cost,
    };

    private async Task<object> CompleteAsync(string code, string? publishedOn = null) => new
    {
        code,
        name = "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam",
        @internal = false,
        bodyUnitId = await App.UnitIdAsync(Stp),
        sequence = "Bước 1: nộp hồ sơ tại Bộ phận Một cửa; Bước 2: tra cứu, xác minh; Bước 3: trả kết quả.",
        method = "Trực tiếp hoặc trực tuyến toàn trình.",
        dossier = "Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp; bản chụp giấy tờ tùy thân.",
        timeLimitWorkingDays = 10,
        subjects = "Công dân Việt Nam",
        agency = Stp,
        result = "Phiếu lý lịch tư pháp",
        fees = "200.000 đồng/lần/người",
        legalBasis = "Luật Lý lịch tư pháp 2009",
        status = "published",
        publishedOn,
        complianceCost = new { costPerCompliance = 350_000, frequencyPerYear = 1.5m, subjectsPerYear = 12_000 },
    };

    private async Task<int> TotalAsync(string user, string query) =>
        (await (await SendAsync(user, HttpMethod.Get, "/api/v1/procedures?" + query)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();

    [Fact]
    public async Task Draft_SeenOnlyByKeepers_PublishNeedsEveryPart_ThenEveryoneReads_OthersCannotChange()
    {
        var code = NewCode();
        var created = await (await SendAsync(Keeper, HttpMethod.Post, "/api/v1/procedures",
            await DraftAsync(code, cost: new { costPerCompliance = 350_000, frequencyPerYear = 1.5m, subjectsPerYear = 12_000 }))).ShouldBeJsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        created.GetProperty("status").GetString().ShouldBe("draft");
        created.GetProperty("publishedOn").ValueKind.ShouldBe(JsonValueKind.Null);
        created.GetProperty("bodyUnitName").GetString().ShouldBe(Stp);
        // Thông tư 02/2017/TT-VPCP: 350,000 đồng × 1.5 times a year × 12,000 subjects = 6,300,000,000 đồng.
        created.GetProperty("complianceCost").GetProperty("annual").GetInt64().ShouldBe(6_300_000_000);

        // Another department's leader sees neither the draft nor can touch it; an official without Monitor cannot add one for the body.
        (await TotalAsync("giamdoc.sct", "q=" + code)).ShouldBe(0);
        await (await SendAsync("giamdoc.sct", HttpMethod.Get, $"/api/v1/procedures/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await SendAsync("giamdoc.sct", HttpMethod.Put, $"/api/v1/procedures/{id}", await CompleteAsync(code))).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await (await SendAsync("chuyenvien", HttpMethod.Post, "/api/v1/procedures", await DraftAsync(NewCode()))).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("bodyUnitId", out _).ShouldBeTrue();

        // Publishing a draft that lacks the parts of Nghị định 63/2010 art. 8 is 400 naming each part, and changes nothing.
        var incomplete = await (await SendAsync(Keeper, HttpMethod.Put, $"/api/v1/procedures/{id}", new
        {
            code, name = "Cấp Phiếu lý lịch tư pháp", bodyUnitId = await App.UnitIdAsync(Stp), timeLimitWorkingDays = 10, status = "published",
        })).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        foreach (var part in new[] { "sequence", "method", "dossier", "subjects", "agency", "result", "fees", "legalBasis" })
        {
            incomplete.GetProperty("errors").TryGetProperty(part, out _).ShouldBeTrue(part);
        }

        incomplete.GetProperty("errors").TryGetProperty("timeLimitWorkingDays", out _).ShouldBeFalse();
        (await (await SendAsync(Keeper, HttpMethod.Get, $"/api/v1/procedures/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("draft");
        await (await SendAsync(Keeper, HttpMethod.Put, $"/api/v1/procedures/{id}", await CompleteAsync(code, "2026-02-04"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        // Complete: published today (3 Feb 2026 in the test host) when no date is given; then every official reads it, only keepers change it.
        var published = await (await SendAsync(Keeper, HttpMethod.Put, $"/api/v1/procedures/{id}", await CompleteAsync(code))).ShouldBeJsonAsync(HttpStatusCode.OK);
        published.GetProperty("status").GetString().ShouldBe("published");
        published.GetProperty("publishedOn").GetString().ShouldBe("2026-02-03");
        published.GetProperty("canEdit").GetBoolean().ShouldBeTrue();
        (await TotalAsync("giamdoc.sct", "status=published&q=" + code)).ShouldBe(1);
        var seen = await (await SendAsync("chuyenvien", HttpMethod.Get, $"/api/v1/procedures/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK);
        seen.GetProperty("canEdit").GetBoolean().ShouldBeFalse();
        seen.GetProperty("fees").GetString().ShouldBe("200.000 đồng/lần/người");
        await (await SendAsync("giamdoc.sct", HttpMethod.Put, $"/api/v1/procedures/{id}", await CompleteAsync(code))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        // The province's monitoring office keeps the procedures of its departments too.
        (await (await SendAsync("theodoi", HttpMethod.Get, $"/api/v1/procedures/{id}")).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("canEdit").GetBoolean().ShouldBeTrue();

        // A code is used once.
        (await (await SendAsync(Keeper, HttpMethod.Post, "/api/v1/procedures", await DraftAsync(code))).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("procedure.duplicateCode");
    }

    [Fact]
    public async Task List_FiltersAndPages_ByCode()
    {
        var prefix = NewCode("8.") + "-";
        foreach (var (suffix, isInternal) in new[] { ("c", false), ("a", true), ("b", false) })
        {
            await (await SendAsync(Keeper, HttpMethod.Post, "/api/v1/procedures", await DraftAsync(prefix + suffix, isInternal))).ShouldBeJsonAsync(HttpStatusCode.Created);
        }

        var second = await (await SendAsync(Keeper, HttpMethod.Get, $"/api/v1/procedures?q={prefix}&page=2&pageSize=2")).ShouldBeJsonAsync(HttpStatusCode.OK);
        second.GetProperty("total").GetInt32().ShouldBe(3);
        second.GetProperty("page").GetInt32().ShouldBe(2);
        second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).ShouldBe([prefix + "c"]);
        (await TotalAsync(Keeper, $"q={prefix}&internal=true")).ShouldBe(1);
        (await TotalAsync(Keeper, $"q={prefix}&internal=false&status=draft")).ShouldBe(2);
        (await TotalAsync(Keeper, $"q={prefix}&status=published")).ShouldBe(0);
        (await TotalAsync(Keeper, $"q={prefix}&bodyUnitId={await App.UnitIdAsync("Sở Công Thương tỉnh An Giang")}")).ShouldBe(0);
        await (await SendAsync(Keeper, HttpMethod.Get, "/api/v1/procedures?pageSize=201")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await SendAsync(Keeper, HttpMethod.Get, "/api/v1/procedures?status=abolished")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Feedback_NamesOnlyAPublishedProcedure()
    {
        var draft = NewCode();
        var published = NewCode();
        await (await SendAsync(Keeper, HttpMethod.Post, "/api/v1/procedures", await DraftAsync(draft))).ShouldBeJsonAsync(HttpStatusCode.Created);
        await (await SendAsync(Keeper, HttpMethod.Post, "/api/v1/procedures", await CompleteAsync(published))).ShouldBeJsonAsync(HttpStatusCode.Created);

        using var anon = App.Anonymous();
        async Task<HttpResponseMessage> Submit(string code) => await anon.PostAsJsonAsync("/api/v1/public/feedback", new
        {
            kind = "recommendation",
            subject = "Đề nghị giảm thành phần hồ sơ",
            content = "Bản chụp giấy tờ tùy thân đã có trong Cơ sở dữ liệu quốc gia về dân cư, đề nghị bỏ yêu cầu nộp.",
            submitter = new { name = "Trương Văn Nam" },
            about = new { unitId = await App.UnitIdAsync(Stp), procedureCode = code },
        }, Ct);

        foreach (var unknown in new[] { draft, "không-có-mã-này" })
        {
            (await (await Submit(unknown)).ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("about.procedureCode", out _).ShouldBeTrue();
        }

        (await (await Submit(" " + published + " ")).ShouldBeJsonAsync(HttpStatusCode.Created)).GetProperty("trackingCode").GetString()!.Length.ShouldBeGreaterThanOrEqualTo(10);
    }
}

[Collection("sqlite")]
public sealed class SqliteProceduresApiTests(SqliteApp app) : ProceduresApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresProceduresApiTests(PostgresApp app) : ProceduresApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
