using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Documents;

/// <summary>The document register, parse and direction through HTTP, the same tests on SQLite and on PostgreSQL.</summary>
public abstract class DocumentsApiTests<TApp>(TApp app) where TApp : AppFixture
{
    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Unique() => string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('A' + Random.Shared.Next(26))));

    private static string Seed(string n)
    {
        using var s = typeof(KyCuong.Web.AppHost).Assembly.GetManifestResourceStream($"KyCuong.Web.DemoData.seeds.seed{n}.txt")!;
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    private static async Task<JsonElement> RegisterAsync(HttpClient client, object body, HttpStatusCode expected = HttpStatusCode.Created) =>
        await (await client.PostAsJsonAsync("/api/v1/documents", body, Ct)).ShouldBeJsonAsync(expected);

    private static object Incoming(string numberSymbol, string? urgency = null, string issuer = "Bộ Nội vụ", string? text = null) => new
    {
        direction = "incoming", issuer, numberSymbol, date = "2026-01-30", type = "Công văn", subject = "Về việc thử nghiệm sổ văn bản đến", urgency, text,
    };

    [Fact]
    public async Task Register_Incoming_201WithConsecutiveArrivalNumbers()
    {
        using var clerk = await App.ClientForAsync("vanthu");
        var first = await RegisterAsync(clerk, Incoming($"{Random.Shared.Next(100, 9999)}/BNV-{Unique()}"));
        var second = await RegisterAsync(clerk, Incoming($"{Random.Shared.Next(100, 9999)}/BNV-{Unique()}"));
        first.GetProperty("id").GetString().ShouldNotBeNullOrEmpty();
        second.GetProperty("arrivalNumber").GetInt32().ShouldBe(first.GetProperty("arrivalNumber").GetInt32() + 1);

        var details = await (await clerk.GetAsync($"/api/v1/documents/{second.GetProperty("id").GetString()}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var summary = details.GetProperty("summary");
        summary.GetProperty("direction").GetString().ShouldBe("incoming");
        summary.GetProperty("issuerName").GetString().ShouldBe("Bộ Nội vụ");
        summary.GetProperty("presented").GetBoolean().ShouldBeFalse();
        summary.GetProperty("receivedOn").GetString().ShouldBe("2026-02-03");
        // NĐ 30/2020 art. 24: received Tue 3 Feb 2026 → present at the latest Wed 4 Feb.
        summary.GetProperty("presentDueDate").GetString().ShouldBe("2026-02-04");
    }

    [Fact]
    public async Task Register_NumberSymbolWithStraySpaceAndCd_Normalised()
    {
        using var clerk = await App.ClientForAsync("vanthu");
        var n = Random.Shared.Next(100, 9999);
        var created = await RegisterAsync(clerk, new { direction = "incoming", issuer = "Thủ tướng Chính phủ", numberSymbol = $"{n} /CD-TTg", date = "2026-01-29", type = "CĐ", subject = "Công điện thử", urgency = "Thượng khẩn" });
        created.GetProperty("numberSymbol").GetString().ShouldBe($"{n}/CĐ-TTg");
        var details = await (await clerk.GetAsync($"/api/v1/documents/{created.GetProperty("id").GetString()}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        details.GetProperty("summary").GetProperty("type").GetString().ShouldBe("Công điện");
        details.GetProperty("summary").GetProperty("urgency").GetString().ShouldBe("Thượng khẩn");
    }

    [Fact]
    public async Task Register_Outgoing_NumbersConsecutivePerSeries_SecretSeparate()
    {
        using var clerk = await App.ClientForAsync("vanthu");
        var anGiang = await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        object Out(string? secrecy = null) => new { direction = "outgoing", issuerUnitId = anGiang, numberSymbol = "UBND-VP", type = "Công văn", subject = "Văn bản đi thử nghiệm", urgency = (string?)null, secrecy };
        var a = await RegisterAsync(clerk, Out());
        var secret1 = await RegisterAsync(clerk, Out("Mật"));
        var b = await RegisterAsync(clerk, Out());
        var secret2 = await RegisterAsync(clerk, Out("Tối mật"));
        b.GetProperty("number").GetInt32().ShouldBe(a.GetProperty("number").GetInt32() + 1);
        secret2.GetProperty("number").GetInt32().ShouldBe(secret1.GetProperty("number").GetInt32() + 1);
        a.TryGetProperty("arrivalNumber", out var arrival).ShouldBeTrue();
        arrival.ValueKind.ShouldBe(JsonValueKind.Null);
        var n = b.GetProperty("number").GetInt32();
        // NĐ 30/2020 Phụ lục I: numbers under 10 are zero-padded.
        b.GetProperty("numberSymbol").GetString().ShouldBe((n < 10 ? "0" : "") + n + "/UBND-VP");
    }

    [Fact]
    public async Task Register_DuplicateNumberSymbolSameYearAndIssuer_409WithCode()
    {
        using var clerk = await App.ClientForAsync("vanthu");
        var ns = $"{Random.Shared.Next(100, 9999)}/UBND-{Unique()}";
        await RegisterAsync(clerk, Incoming(ns, issuer: "Ủy ban nhân dân tỉnh Cà Mau"));
        var problem = await (await clerk.PostAsJsonAsync("/api/v1/documents", Incoming(ns.Replace("/", " / ", StringComparison.Ordinal), issuer: "Ủy ban nhân dân tỉnh Cà Mau"), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("code").GetString().ShouldBe("document.duplicateNumberSymbol");
        // Another issuer may use the same number and symbol.
        await RegisterAsync(clerk, Incoming(ns, issuer: "Ủy ban nhân dân tỉnh Bạc Liêu"));
    }

    [Fact]
    public async Task Register_InvalidFields_400WithFieldErrors()
    {
        using var clerk = await App.ClientForAsync("vanthu");
        var problem = await (await clerk.PostAsJsonAsync("/api/v1/documents", new { direction = "sideways", issuer = "X", numberSymbol = "???", subject = "", urgency = "rất gấp" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "direction", "subject", "urgency", "numberSymbol" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        var malformed = await clerk.PostAsync("/api/v1/documents", new StringContent("{\"direction\": \"incoming\", \"date\": \"2026-13-45\"}", Encoding.UTF8, "application/json"), Ct);
        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var broken = await clerk.PostAsync("/api/v1/documents", new StringContent("{\"direction\": ", Encoding.UTF8, "application/json"), Ct);
        await broken.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Register_Specialist_403()
    {
        using var specialist = await App.ClientForAsync("chuyenvien");
        await (await specialist.PostAsJsonAsync("/api/v1/documents", Incoming($"1/X-{Unique()}"), Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("000", "919/UBND-NC")]
    [InlineData("001", "493/UBND-KGVX")]
    [InlineData("002", null)]
    [InlineData("003", "2842/UBND-TH")]
    [InlineData("004", null)]
    public async Task Parse_Seed_ReturnsExpectedNumberSymbol(string seed, string? expected)
    {
        using var client = await App.ClientForAsync("chuyenvien");
        var response = await client.PostAsync("/api/v1/documents/parse", new StringContent(Seed(seed), Encoding.UTF8, "text/plain"), Ct);
        var json = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
        var ns = json.GetProperty("numberSymbol");
        if (expected is null)
        {
            ns.ValueKind.ShouldBe(JsonValueKind.Null);
        }
        else
        {
            ns.GetString().ShouldBe(expected);
        }

        json.GetProperty("tasks").GetArrayLength().ShouldBeGreaterThan(0);
        json.TryGetProperty("citedDocuments", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("asdf qwer zxcv 12345 ### %%% \u0000\u0001")]
    public async Task Parse_EmptyOrGarbage_200WithNulls(string body)
    {
        using var client = await App.ClientForAsync("chuyenvien");
        var json = await (await client.PostAsync("/api/v1/documents/parse", new StringContent(body, Encoding.UTF8, "text/plain"), Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        json.GetProperty("numberSymbol").ValueKind.ShouldBe(JsonValueKind.Null);
        json.GetProperty("date").ValueKind.ShouldBe(JsonValueKind.Null);
        json.GetProperty("tasks").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Parse_NotUtf8_400_AndTooLarge_413()
    {
        using var client = await App.ClientForAsync("chuyenvien");
        var bad = new ByteArrayContent([0xff, 0xfe, 0xfa, 0x41]);
        bad.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        await (await client.PostAsync("/api/v1/documents/parse", bad, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var huge = new StringContent(new string('a', 5 * 1024 * 1024), Encoding.UTF8, "text/plain");
        await (await client.PostAsync("/api/v1/documents/parse", huge, Ct)).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Parse_Anonymous_401()
    {
        using var client = App.Anonymous();
        (await client.PostAsync("/api/v1/documents/parse", new StringContent("x", Encoding.UTF8, "text/plain"), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ParseFile_TxtAndScannedPdf()
    {
        using var client = await App.ClientForAsync("chuyenvien");
        using var txt = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Seed("003"))), "file", "2842.txt" } };
        var json = await (await client.PostAsync("/api/v1/documents/parse-file", txt, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        json.GetProperty("numberSymbol").GetString().ShouldBe("2842/UBND-TH");

        using var pdf = new MultipartFormDataContent { { new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF")), "file", "scan.pdf" } };
        var problem = await (await client.PostAsync("/api/v1/documents/parse-file", pdf, Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Attachments_UploadAndDownload_Sha256Kept()
    {
        using var clerk = await App.ClientForAsync("vanthu");
        var doc = await RegisterAsync(clerk, Incoming($"{Random.Shared.Next(100, 9999)}/BNV-{Unique()}"));
        var id = doc.GetProperty("id").GetString();
        var bytes = Encoding.UTF8.GetBytes("Bản scan công văn – nội dung thử nghiệm");
        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/pdf") } }, "file", "cong-van.pdf" } };
        var a = await (await clerk.PostAsync($"/api/v1/documents/{id}/attachments", form, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        a.GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        a.GetProperty("size").GetInt64().ShouldBe(bytes.Length);
        var download = await clerk.GetAsync($"/api/v1/documents/{id}/attachments/{a.GetProperty("id").GetString()}", Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(bytes);

        using var other = await App.ClientForAsync("giamdoc.snv");
        (await other.GetAsync($"/api/v1/documents/{id}/attachments/{a.GetProperty("id").GetString()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task OtherBranch_CannotSeeTheUnitsDocuments_404()
    {
        using var clerk = await App.ClientForAsync("vanthu");
        var ns = $"{Random.Shared.Next(100, 9999)}/BNV-{Unique()}";
        var id = (await RegisterAsync(clerk, Incoming(ns))).GetProperty("id").GetString();
        using var sct = await App.ClientForAsync("giamdoc.sct");
        await (await sct.GetAsync($"/api/v1/documents/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var list = await (await sct.GetAsync($"/api/v1/documents?q={Uri.EscapeDataString(ns)}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        list.GetProperty("total").GetInt32().ShouldBe(0);
        await (await sct.PostAsync($"/api/v1/documents/{id}/present", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        using var chairman = await App.ClientForAsync("chutich");
        var seen = await (await chairman.GetAsync($"/api/v1/documents?q={Uri.EscapeDataString(ns)}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        seen.GetProperty("total").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task List_UrgentNotPresentedFirst()
    {
        using var clerk = await App.ClientForAsync("vanthu");
        await RegisterAsync(clerk, Incoming($"{Random.Shared.Next(100, 9999)}/BNV-{Unique()}"));
        var urgent = await RegisterAsync(clerk, Incoming($"{Random.Shared.Next(100, 9999)}/BNV-{Unique()}", urgency: "Hỏa tốc"));
        await RegisterAsync(clerk, Incoming($"{Random.Shared.Next(100, 9999)}/BNV-{Unique()}"));
        var list = await (await clerk.GetAsync("/api/v1/documents?direction=incoming&page=1", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var first = list.GetProperty("items")[0];
        first.GetProperty("urgent").GetBoolean().ShouldBeTrue();
        list.GetProperty("items").EnumerateArray().Any(i => i.GetProperty("id").GetString() == urgent.GetProperty("id").GetString()).ShouldBeTrue();
        await (await clerk.GetAsync("/api/v1/documents?direction=sideways", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await clerk.GetAsync("/api/v1/documents?page=0", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task NotPresented_FlaggedAfterEndOfNextWorkingDay_ThenPresentedLate()
    {
        try
        {
            await SetClockAsync("2026-02-05T10:00:00+07:00"); // Thursday
            using var clerk = await App.ClientForAsync("vanthu");
            var id = (await RegisterAsync(clerk, Incoming($"{Random.Shared.Next(100, 9999)}/BNV-{Unique()}"))).GetProperty("id").GetString();
            async Task<JsonElement> SummaryAsync() => (await (await clerk.GetAsync($"/api/v1/documents/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("summary");

            (await SummaryAsync()).GetProperty("presentDueDate").GetString().ShouldBe("2026-02-06");
            await SetClockAsync("2026-02-06T16:59:00+07:00"); // the next working day: still in time
            (await SummaryAsync()).GetProperty("notPresentedOverdue").GetBoolean().ShouldBeFalse();
            await SetClockAsync("2026-02-09T08:00:00+07:00"); // Monday: the next working day has ended
            (await SummaryAsync()).GetProperty("notPresentedOverdue").GetBoolean().ShouldBeTrue();

            var presented = await (await clerk.PostAsync($"/api/v1/documents/{id}/present", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            presented.GetProperty("late").GetBoolean().ShouldBeTrue();
            var after = await SummaryAsync();
            after.GetProperty("presented").GetBoolean().ShouldBeTrue();
            after.GetProperty("notPresentedOverdue").GetBoolean().ShouldBeFalse();
            (await (await clerk.PostAsync($"/api/v1/documents/{id}/present", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
                .GetProperty("code").GetString().ShouldBe("document.alreadyPresented");
        }
        finally
        {
            await SetClockAsync(KyCuongFactory.DefaultNow.ToString("O"));
        }
    }

    [Fact]
    public async Task Direction_Leader_CreatesOneTaskPerClause_OnlyOnce()
    {
        using var clerk = await App.ClientForAsync("vanthu");
        var text = Seed("003");
        var id = (await RegisterAsync(clerk, new { direction = "incoming", issuer = "Ủy ban nhân dân tỉnh Sóc Trăng", numberSymbol = "2842/UBND-TH", date = "2023-10-17", type = "Công văn", subject = "triển khai Công điện 968/CĐ-TTg", urgency = (string?)null, text }))
            .GetProperty("id").GetString();
        var snv = await App.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        var sct = await App.UnitIdAsync("Sở Công Thương tỉnh An Giang");
        using var chairman = await App.ClientForAsync("chutich");

        var missingLead = await chairman.PostAsJsonAsync($"/api/v1/documents/{id}/direction", new { coordinatingUnitIds = new[] { sct }, workingDays = 5 }, Ct);
        (await missingLead.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("leadUnitId", out _).ShouldBeTrue();
        var twoDeadlines = await chairman.PostAsJsonAsync($"/api/v1/documents/{id}/direction", new { leadUnitId = snv, workingDays = 5, dueDate = "2026-03-01" }, Ct);
        await twoDeadlines.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        using var clerkAgain = await App.ClientForAsync("vanthu");
        await (await clerkAgain.PostAsJsonAsync($"/api/v1/documents/{id}/direction", new { leadUnitId = snv, workingDays = 5 }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var directed = await (await chairman.PostAsJsonAsync($"/api/v1/documents/{id}/direction", new { leadUnitId = snv, coordinatingUnitIds = new[] { sct }, workingDays = 5, note = "Sở Nội vụ chủ trì" }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        var tasks = directed.GetProperty("tasks");
        tasks.GetArrayLength().ShouldBe(2); // 2842/UBND-TH has clauses 1 and 2
        tasks.EnumerateArray().Select(t => t.GetProperty("clauseRef").GetString()).ShouldBe(["1", "2"]);
        tasks[0].GetProperty("leadUnitId").GetGuid().ShouldBe(snv);

        var details = await (await chairman.GetAsync($"/api/v1/documents/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        details.GetProperty("tasks").GetArrayLength().ShouldBe(2);
        details.GetProperty("direction").GetProperty("leadUnitId").GetGuid().ShouldBe(snv);

        var again = await chairman.PostAsJsonAsync($"/api/v1/documents/{id}/direction", new { leadUnitId = snv, standing = true }, Ct);
        (await again.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("document.alreadyDirected");
    }

    [Fact]
    public async Task Import_RegistersAndCreatesTasksTogether_OrNeither()
    {
        using var chairman = await App.ClientForAsync("chutich");
        var vp = await App.UnitIdAsync("Văn phòng Ủy ban nhân dân tỉnh An Giang");
        var snv = await App.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        var ns = $"{Random.Shared.Next(100, 9999)}/UBND-{Unique()}";
        var document = new { direction = "incoming", issuer = "Ủy ban nhân dân tỉnh Đồng Tháp", numberSymbol = ns, date = "2026-01-20", type = "Công văn", subject = "Nhập văn bản thử nghiệm", urgency = "Khẩn", text = Seed("000"), registeringUnitId = vp };

        var bad = await chairman.PostAsJsonAsync("/api/v1/documents/import", new { document, direction = new { leadUnitId = Guid.NewGuid(), standing = true } }, Ct);
        await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await (await chairman.GetAsync($"/api/v1/documents?q={Uri.EscapeDataString(ns)}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32().ShouldBe(0);

        var created = await (await chairman.PostAsJsonAsync("/api/v1/documents/import", new { document, direction = new { leadUnitId = snv, dueDate = "2026-03-31" } }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.Created);
        created.GetProperty("arrivalNumber").GetInt32().ShouldBeGreaterThan(0);
        created.GetProperty("tasks").GetArrayLength().ShouldBe(5); // 919/UBND-NC's five clauses
        created.GetProperty("tasks")[0].GetProperty("dueDate").GetString().ShouldBe("2026-03-31");
    }

    [Fact]
    public async Task MatchUnits_AccentAndIssuerAware()
    {
        using var client = await App.ClientForAsync("chuyenvien");
        var anGiang = await App.UnitIdAsync("Ủy ban nhân dân tỉnh An Giang");
        var snv = await App.UnitIdAsync("Sở Nội vụ tỉnh An Giang");
        var matches = await (await client.PostAsJsonAsync("/api/v1/documents/match-units", new { names = new[] { "Sở Nội vụ", "SO NOI VU TINH AN GIANG", "Giám đốc các sở" }, issuerUnitId = anGiang }, Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        matches[0].GetProperty("candidates")[0].GetProperty("id").GetGuid().ShouldBe(snv);
        matches[1].GetProperty("candidates")[0].GetProperty("id").GetGuid().ShouldBe(snv);
        matches[1].GetProperty("sure").GetBoolean().ShouldBeTrue();
        matches[2].GetProperty("sure").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task DemoSeed_BuildsTheCascadeFrom280()
    {
        using var chairman = await App.ClientForAsync("chutich");
        var list = await (await chairman.GetAsync("/api/v1/documents?q=280%2FC%C4%90-TTg&direction=incoming", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var cd280 = list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("numberSymbol").GetString() == "280/CĐ-TTg");
        cd280.GetProperty("replies").EnumerateArray().Select(r => r.GetString()).ShouldBe(["919/UBND-NC", "493/UBND-KGVX"], ignoreOrder: true);

        var outgoing = await (await chairman.GetAsync("/api/v1/documents?direction=outgoing&year=2023", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var kg = outgoing.GetProperty("items").EnumerateArray().First(i => i.GetProperty("numberSymbol").GetString() == "919/UBND-NC");
        kg.GetProperty("issuerName").GetString().ShouldBe("Ủy ban nhân dân tỉnh Kiên Giang");
        kg.GetProperty("taskCount").GetInt32().ShouldBe(5);

        // Below the provinces: 280 → Lai Châu's 1523/UBND-TH → Phong Thổ's letter (seed 002), and
        // 280 → Hải Dương's 1965/UBND-VP → its Department of Industry and Trade's letter (seed 004), each with its clause tasks
        // carried on by the successors in force since 1 July 2025.
        using var admin = await App.ClientForAsync("admin");
        foreach (var (letter, lowerIssuer, clauses) in new[] { ("1523/UBND-TH", "Ủy ban nhân dân huyện Phong Thổ", 9), ("1965/UBND-VP", "Sở Công Thương tỉnh Hải Dương", 10) })
        {
            var found = await (await admin.GetAsync($"/api/v1/documents?direction=outgoing&q={Uri.EscapeDataString(letter)}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            var provincial = found.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("numberSymbol").GetString() == letter);
            provincial.GetProperty("taskCount").GetInt32().ShouldBe(1);
            provincial.GetProperty("replies").GetArrayLength().ShouldBe(1);
            var incoming = await (await admin.GetAsync("/api/v1/documents?direction=incoming&pageSize=100", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
            var lower = incoming.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("issuerName").GetString() == lowerIssuer);
            lower.GetProperty("taskCount").GetInt32().ShouldBe(clauses);
        }
    }

    [Fact]
    public async Task Export_Csv_HasRegisterColumns()
    {
        using var clerk = await App.ClientForAsync("vanthu");
        var csv = await clerk.GetAsync("/api/v1/documents/export?direction=incoming&format=csv", Ct);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await csv.Content.ReadAsStringAsync(Ct)).ShouldContain("Số đến");
        var xlsx = await clerk.GetAsync("/api/v1/documents/export?direction=outgoing&format=xlsx", Ct);
        xlsx.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await xlsx.Content.ReadAsByteArrayAsync(Ct))[..2].ShouldBe("PK"u8.ToArray());
    }

    private async Task SetClockAsync(string now)
    {
        using var admin = await App.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

[Collection("sqlite")]
public sealed class SqliteDocumentsApiTests(SqliteApp app) : DocumentsApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresDocumentsApiTests(PostgresApp app) : DocumentsApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
