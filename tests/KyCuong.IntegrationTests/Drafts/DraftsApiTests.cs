using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KyCuong.IntegrationTests.Infrastructure;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace KyCuong.IntegrationTests.Drafts;

/// <summary>
/// Drafts of outgoing documents (docs/domain.md "Drafts", NĐ 30/2020 Phụ lục I and art. 15) on both databases: a specialist of a
/// division drafts for its department, the leader above sees it, another department gets 404; stale saves are 409; the format check
/// runs on the draft as it prints; issuing takes the next number of the department's outgoing register (the counter the register
/// uses, never shared by concurrent issues), records the outgoing document and makes the draft read-only; the DOCX has the layout.
/// </summary>
public abstract partial class DraftsApiTests<TApp>(TApp app) where TApp : AppFixture
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Cchc = "Phòng Cải cách hành chính";
    private const string Snv = "Sở Nội vụ tỉnh An Giang";

    private static readonly DateTimeOffset IssueDay = new(2026, 3, 4, 9, 0, 0, TimeSpan.FromHours(7));

    private async Task SetClockAsync(DateTimeOffset now)
    {
        using var admin = await app.ClientForAsync("admin");
        (await admin.PostAsJsonAsync("/api/v1/system/clock", new { now }, Ct)).EnsureSuccessStatusCode();
    }

    private static object Letter(Guid unitId, string subject) => new
    {
        unitId,
        type = "congVan",
        subject,
        body = "Thực hiện Kế hoạch số 120/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh về cải cách hành chính năm 2026,\nSở Nội vụ đề nghị các sở, ban, ngành báo cáo kết quả thực hiện trước ngày 15/3/2026.",
        recipients = new[] { "Các sở, ban, ngành tỉnh", "Ủy ban nhân dân các xã, phường" },
        signer = "Lê Minh Cường",
        signerPosition = "Giám đốc",
        signingForm = "",
    };

    private async Task<JsonElement> CreateAsync(HttpClient client, string subject) =>
        await (await client.PostAsJsonAsync("/api/v1/drafts", Letter(await app.UnitIdAsync(Cchc), subject), Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);

    [Fact]
    public async Task Draft_IsSeenByItsUnitAndTheLeadersAbove_AnotherDepartmentGets404_AndBadInputChangesNothing()
    {
        await SetClockAsync(IssueDay);
        using var specialist = await app.ClientForAsync("chuyenvien");
        var subject = "Báo cáo cải cách hành chính " + Guid.NewGuid().ToString("N")[..6];
        var draft = await CreateAsync(specialist, subject);
        var id = draft.GetProperty("id").GetGuid();
        draft.GetProperty("status").GetString().ShouldBe("draft");
        draft.GetProperty("version").GetInt32().ShouldBe(1);
        draft.GetProperty("issuerUnitId").GetGuid().ShouldBe(await app.UnitIdAsync(Snv));
        draft.GetProperty("recipients").GetArrayLength().ShouldBe(2);

        using var director = await app.ClientForAsync("giamdoc.snv");
        (await (await director.GetAsync($"/api/v1/drafts/{id}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("subject").GetString().ShouldBe(subject);
        (await director.AllItemsAsync("/api/v1/drafts", Ct)).ShouldContain(d => d.GetProperty("id").GetGuid() == id);

        using var other = await app.ClientForAsync("giamdoc.sct");
        await (await other.GetAsync($"/api/v1/drafts/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.PutAsJsonAsync($"/api/v1/drafts/{id}", new { version = 1, type = "congVan", subject = "x" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.PostAsync($"/api/v1/drafts/{id}/check", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.PostAsJsonAsync($"/api/v1/drafts/{id}/issue", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await other.GetAsync($"/api/v1/drafts/{id}/export?format=docx", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await other.AllItemsAsync("/api/v1/drafts", Ct)).ShouldNotContain(d => d.GetProperty("id").GetGuid() == id);
        // Another department cannot draft in this one's name either.
        await (await other.PostAsJsonAsync("/api/v1/drafts", Letter(await app.UnitIdAsync(Cchc), "Không được"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        // Bad input: every field's error at once, nothing written.
        var before = (await specialist.AllItemsAsync("/api/v1/drafts", Ct)).Count;
        var bad = await (await specialist.PostAsJsonAsync("/api/v1/drafts", new
        {
            unitId = await app.UnitIdAsync(Cchc), type = "thuTay", subject = " ", signingForm = "KY THAY", recipients = new[] { new string('x', 301) },
        }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        var errors = bad.GetProperty("errors");
        foreach (var field in new[] { "type", "subject", "signingForm", "recipients" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue(field);
        }

        (await (await specialist.PostAsJsonAsync("/api/v1/drafts", new { type = "congVan", subject = "Thiếu đơn vị" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("unitId", out _).ShouldBeTrue();
        (await specialist.AllItemsAsync("/api/v1/drafts", Ct)).Count.ShouldBe(before);
        await (await specialist.GetAsync("/api/v1/drafts?pageSize=0", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await specialist.GetAsync($"/api/v1/drafts/{id}/export?format=doc", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Save_FromAStaleReading_Is409_AndTheCheckFindsASigningFormThatDoesNotFitThePosition()
    {
        await SetClockAsync(IssueDay);
        using var specialist = await app.ClientForAsync("chuyenvien");
        var draft = await CreateAsync(specialist, "Tổ chức hội nghị tập huấn " + Guid.NewGuid().ToString("N")[..6]);
        var id = draft.GetProperty("id").GetGuid();

        // The draft as created prints in the layout: no error.
        var findings = (await (await specialist.PostAsync($"/api/v1/drafts/{id}/check", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("findings");
        findings.EnumerateArray().Where(f => f.GetProperty("severity").GetString() == "error").Select(f => f.GetProperty("rule").GetString()).ShouldBeEmpty();

        // KT. (a deputy signing for the head) over the head's own position is the decree's fault.
        var saved = await (await specialist.PutAsJsonAsync($"/api/v1/drafts/{id}", new
        {
            version = 1, type = "congVan", subject = "Tổ chức hội nghị tập huấn", body = "Sở Nội vụ tổ chức hội nghị tập huấn.",
            recipients = new[] { "Các sở, ban, ngành tỉnh" }, signer = "Lê Minh Cường", signerPosition = "Giám đốc", signingForm = "KT.", signingAuthority = "Giám đốc",
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        saved.GetProperty("version").GetInt32().ShouldBe(2);
        saved.GetProperty("signingForm").GetString().ShouldBe("KT.");
        findings = (await (await specialist.PostAsync($"/api/v1/drafts/{id}/check", null, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK)).GetProperty("findings");
        findings.EnumerateArray().ShouldContain(f => f.GetProperty("rule").GetString() == "nd30.signingDeputy" && f.GetProperty("severity").GetString() == "error");

        // The leader cannot issue it while the check finds an error.
        using var head = await app.ClientForAsync("truongphong.cchc");
        (await (await head.PostAsJsonAsync($"/api/v1/drafts/{id}/issue", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("draft.formatErrors");

        // A save from the first reading (version 1) would overwrite the colleague's: refused, the draft unchanged.
        (await (await head.PutAsJsonAsync($"/api/v1/drafts/{id}", new { version = 1, type = "congVan", subject = "Ghi đè" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("draft.staleVersion");
        var now = await specialist.GetFromJsonAsync<JsonElement>($"/api/v1/drafts/{id}", Ct);
        now.GetProperty("subject").GetString().ShouldBe("Tổ chức hội nghị tập huấn");
        now.GetProperty("version").GetInt32().ShouldBe(2);
        (await (await head.PutAsJsonAsync($"/api/v1/drafts/{id}", new { type = "congVan", subject = "Thiếu version" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest))
            .GetProperty("errors").TryGetProperty("version", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Issue_TakesTheNextNumberOfTheRegister_RecordsTheDocument_AndTheDraftIsReadOnly_TheDocxHasTheLayout()
    {
        await SetClockAsync(IssueDay);
        var snv = await app.UnitIdAsync(Snv);
        using var specialist = await app.ClientForAsync("chuyenvien");
        var subject = "Báo cáo kết quả cải cách hành chính quý I " + Guid.NewGuid().ToString("N")[..6];
        var id = (await CreateAsync(specialist, subject)).GetProperty("id").GetGuid();

        // The register numbers the department's outgoing letters: one registered by hand first, the draft takes the next number.
        using var admin = await app.ClientForAsync("admin");
        var registered = await (await admin.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "outgoing", numberSymbol = "SNV-TCBC", date = "2026-03-04", type = "Công văn", subject = "Văn bản đăng ký trước", issuerUnitId = snv, registeringUnitId = snv,
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var previous = registered.GetProperty("number").GetInt32();

        // Only a leader of the unit (or above, or a delegate) issues.
        await (await specialist.PostAsJsonAsync($"/api/v1/drafts/{id}/issue", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var head = await app.ClientForAsync("truongphong.cchc");
        (await (await head.PostAsJsonAsync($"/api/v1/drafts/{id}/issue", new { version = 7 }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("draft.staleVersion");
        var issued = await (await head.PostAsJsonAsync($"/api/v1/drafts/{id}/issue", new { version = 1 }, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        issued.GetProperty("status").GetString().ShouldBe("issued");
        issued.GetProperty("number").GetInt32().ShouldBe(previous + 1);
        var numberSymbol = issued.GetProperty("numberSymbol").GetString()!;
        numberSymbol.ShouldBe($"{previous + 1:00}/SNV-CCHC");
        issued.GetProperty("issuedOn").GetString().ShouldBe("2026-03-04");

        // The outgoing register has it, with the draft's number and subject.
        var documentId = issued.GetProperty("documentId").GetGuid();
        var document = await (await admin.GetAsync($"/api/v1/documents/{documentId}", Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var summary = document.GetProperty("summary");
        summary.GetProperty("numberSymbol").GetString().ShouldBe(numberSymbol);
        summary.GetProperty("subject").GetString().ShouldBe(subject);
        summary.GetProperty("direction").GetString().ShouldBe("outgoing");
        document.GetProperty("issuerUnitId").GetGuid().ShouldBe(snv);
        document.GetProperty("signingForm").GetString().ShouldBe("GIÁM ĐỐC");

        // Read-only from now on; a second issue is refused and takes no number.
        (await (await specialist.PutAsJsonAsync($"/api/v1/drafts/{id}", new { version = 2, type = "congVan", subject = "Sửa sau ban hành" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("draft.issued");
        (await (await head.PostAsJsonAsync($"/api/v1/drafts/{id}/issue", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict))
            .GetProperty("code").GetString().ShouldBe("draft.alreadyIssued");

        // Each step is in the audit trail.
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var actions = await scope.ServiceProvider.GetRequiredService<AppDbContext>().AuditEntries.AsNoTracking()
                .Where(a => a.EntityType == "draft" && a.EntityId == id).Select(a => a.Action).ToListAsync(Ct);
            actions.ShouldBe(["created", "issued"], ignoreOrder: true);
        }

        // The DOCX: A4, the decree's margins, Times New Roman 14, the layout's parts with the issued number and date.
        var docx = await AsDirectorAsync(async c => await c.GetAsync($"/api/v1/drafts/{id}/export?format=docx", Ct));
        docx.StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync(Ct)))
        using (var doc = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(stream, false))
        {
            var body = doc.MainDocumentPart!.Document.Body!;
            var texts = body.Descendants<W.Paragraph>().Select(p => p.InnerText).ToList();
            texts.ShouldContain("ỦY BAN NHÂN DÂN TỈNH AN GIANG");
            texts.ShouldContain("SỞ NỘI VỤ TỈNH AN GIANG");
            texts.ShouldContain("Số: " + numberSymbol);
            texts.ShouldContain("V/v " + subject);
            texts.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            texts.ShouldContain("Độc lập - Tự do - Hạnh phúc");
            texts.ShouldContain("An Giang, ngày 04 tháng 3 năm 2026");
            texts.ShouldContain("Kính gửi:");
            texts.ShouldContain("- Các sở, ban, ngành tỉnh;");
            texts.ShouldContain(t => t.StartsWith("Sở Nội vụ đề nghị các sở, ban, ngành", StringComparison.Ordinal));
            texts.ShouldContain("Nơi nhận:");
            texts.ShouldContain("- Lưu: VT, CCHC.");
            texts.ShouldContain("GIÁM ĐỐC");
            texts.ShouldContain("Lê Minh Cường");
            var section = body.GetFirstChild<W.SectionProperties>()!;
            var size = section.GetFirstChild<W.PageSize>()!;
            ((int)size.Width!.Value, (int)size.Height!.Value).ShouldBe((11906, 16838));
            var margin = section.GetFirstChild<W.PageMargin>()!;
            ((int)margin.Top!.Value, (int)margin.Bottom!.Value, (int)margin.Left!.Value, (int)margin.Right!.Value).ShouldBe((1134, 1134, 1701, 1134));
            var defaults = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<W.RunFonts>().Single();
            defaults.Ascii!.Value.ShouldBe("Times New Roman");
            body.Descendants<W.Paragraph>().Single(p => p.InnerText.StartsWith("Sở Nội vụ đề nghị", StringComparison.Ordinal))
                .Descendants<W.FontSize>().Single().Val!.Value.ShouldBe("28");
        }

        var pdf = await AsDirectorAsync(async c => await c.GetAsync($"/api/v1/drafts/{id}/export?format=pdf", Ct));
        if (File.Exists("/usr/bin/soffice"))
        {
            pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
            var bytes = await pdf.Content.ReadAsByteArrayAsync(Ct);
            System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");
        }
        else
        {
            (await pdf.ShouldBeProblemAsync(HttpStatusCode.ServiceUnavailable)).GetProperty("code").GetString().ShouldBe("pdfUnavailable");
        }

        async Task<HttpResponseMessage> AsDirectorAsync(Func<HttpClient, Task<HttpResponseMessage>> call)
        {
            using var c = await app.ClientForAsync("giamdoc.snv");
            return await call(c);
        }
    }

    [Fact]
    public async Task ConcurrentIssues_NeverShareANumber_AndTheNumbersRunOnWithoutGaps()
    {
        await SetClockAsync(IssueDay);
        using var specialist = await app.ClientForAsync("chuyenvien");
        var ids = new List<Guid>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add((await CreateAsync(specialist, $"Văn bản đồng thời {i} " + Guid.NewGuid().ToString("N")[..6])).GetProperty("id").GetGuid());
        }

        // Two leaders, each with their own connection, issue at once; one of the drafts is issued twice at the same moment.
        var head = await app.ClientForAsync("truongphong.cchc");
        var director = await app.ClientForAsync("giamdoc.snv");
        var clients = Enumerable.Range(0, 7).Select(_ => app.Factory.CreateClient()).ToList();
        for (var i = 0; i < clients.Count; i++)
        {
            clients[i].DefaultRequestHeaders.Authorization = (i % 2 == 0 ? head : director).DefaultRequestHeaders.Authorization;
        }

        var targets = ids.Append(ids[0]).ToList();
        var responses = await Task.WhenAll(targets.Select((id, i) => clients[i].PostAsJsonAsync($"/api/v1/drafts/{id}/issue", new { }, Ct)));
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(6);
        var refused = responses.Single(r => r.StatusCode != HttpStatusCode.OK);
        (await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("code").GetString().ShouldBe("draft.alreadyIssued");

        var numbers = new List<int>();
        foreach (var id in ids)
        {
            var d = await specialist.GetFromJsonAsync<JsonElement>($"/api/v1/drafts/{id}", Ct);
            d.GetProperty("status").GetString().ShouldBe("issued");
            numbers.Add(d.GetProperty("number").GetInt32());
            NumberPattern().IsMatch(d.GetProperty("numberSymbol").GetString()!).ShouldBeTrue();
        }

        numbers.Distinct().Count().ShouldBe(6);
        (numbers.Max() - numbers.Min()).ShouldBe(5);
        foreach (var c in clients.Append(head).Append(director))
        {
            c.Dispose();
        }
    }

    [GeneratedRegex(@"^\d{2,}/SNV-CCHC$")]
    private static partial Regex NumberPattern();
}

[Collection("sqlite")]
public sealed class SqliteDraftsApiTests(SqliteApp app) : DraftsApiTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresDraftsApiTests(PostgresApp app) : DraftsApiTests<PostgresApp>(app), IClassFixture<PostgresApp>;
