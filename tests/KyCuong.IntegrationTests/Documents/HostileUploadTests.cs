using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KyCuong.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KyCuong.IntegrationTests.Documents;

/// <summary>
/// Every upload path takes hostile files (deep nesting, expansion bombs, wrong types, huge counts of paragraphs) and
/// answers a problem, within a memory bound, with the host still serving the next request (docs/operations.md, "Uploads").
/// </summary>
public abstract partial class HostileUploadTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // What one hostile upload may allocate in the whole host (the bomb alone used to take 1.6 GB).
    private const long AllocationBound = 160L * 1024 * 1024;

    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Unique() => string.Concat(Enumerable.Range(0, 6).Select(_ => (char)('A' + Random.Shared.Next(26))));

    [Theory]
    [InlineData("deep")]
    [InlineData("bomb")]
    [InlineData("paragraphs")]
    [InlineData("foreignPart")]
    [InlineData("textAsDocx")]
    public async Task ParseFile_HostileDocx_422_BoundedMemory_HostStaysUp(string kind)
    {
        using var client = await App.ClientForAsync("chuyenvien");
        var (bytes, name) = Hostile(kind);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
        var response = await client.PostAsync("/api/v1/documents/parse-file", form, Ct);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        if (kind == "paragraphs")
        {
            // 120,000 paragraphs are a legitimate if long document: read within the bound, extraction capped.
            var json = await response.ShouldBeJsonAsync(HttpStatusCode.OK);
            json.GetProperty("tasks").GetArrayLength().ShouldBeLessThanOrEqualTo(KyCuong.Documents.DocumentExtractor.MaxTasks);
        }
        else
        {
            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
            problem.GetProperty("code").GetString().ShouldBe("document.unreadableFile");
            problem.GetProperty("detail").GetString()!.ShouldContain("Tệp");
        }

        allocated.ShouldBeLessThan(AllocationBound * (kind == "paragraphs" ? 3 : 1));
        await ParseStillWorksAsync(client);
    }

    [Fact]
    public async Task ParseFile_WrongExtension_422()
    {
        using var client = await App.ClientForAsync("chuyenvien");
        using var form = new MultipartFormDataContent { { new ByteArrayContent("MZ\u0090\0\u0003"u8.ToArray()), "file", "setup.exe" } };

        var problem = await (await client.PostAsync("/api/v1/documents/parse-file", form, Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("detail").GetString()!.ShouldContain(".txt, .docx hoặc .pdf");
        await ParseStillWorksAsync(client);
    }

    [Fact]
    public async Task Parse_ManyRepeatedClauseLines_AnswersQuickly_AndLongTextIsFlaggedTruncated()
    {
        using var client = await App.ClientForAsync("chuyenvien");
        const string line = "1. Giao Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan triển khai thực hiện.\n";
        var megabyte = string.Concat(Enumerable.Repeat(line, 1024 * 1024 / Encoding.UTF8.GetByteCount(line)));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var json = await (await client.PostAsync("/api/v1/documents/parse", new StringContent(megabyte, Encoding.UTF8, "text/plain"), Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);

        // It took 77 s before extraction was linear; a loaded shared machine still answers in a few seconds.
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(30));
        json.TryGetProperty("truncated", out _).ShouldBeFalse();

        var over = string.Concat(Enumerable.Repeat("- Đề nghị các sở báo cáo.\n", KyCuong.Documents.DocumentExtractor.MaxTextLength / 26 + 100));
        var cut = await (await client.PostAsync("/api/v1/documents/parse", new StringContent(over, Encoding.UTF8, "text/plain"), Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        cut.GetProperty("truncated").GetBoolean().ShouldBeTrue();
        cut.GetProperty("tasks").GetArrayLength().ShouldBe(KyCuong.Documents.DocumentExtractor.MaxTasks);
    }

    [Theory]
    [InlineData("deep")]
    [InlineData("bomb")]
    [InlineData("paragraphs")]
    [InlineData("foreignPart")]
    [InlineData("textAsDocx")]
    public async Task Attachment_HostileDocx_IsKeptAsBytes_HostStaysUp(string kind)
    {
        using var clerk = await App.ClientForAsync("vanthu");
        var doc = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = "Bộ Nội vụ", numberSymbol = $"{Random.Shared.Next(100, 9999)}/BNV-{Unique()}", date = "2026-01-30",
            type = "Công văn", subject = "Tệp đính kèm thử",
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        var (bytes, name) = Hostile(kind);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        using var form = new MultipartFormDataContent { { new ByteArrayContent(bytes), "file", name } };
        var a = await (await clerk.PostAsync($"/api/v1/documents/{doc.GetProperty("id").GetString()}/attachments", form, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);

        (GC.GetTotalAllocatedBytes(precise: true) - before).ShouldBeLessThan(AllocationBound);
        a.GetProperty("size").GetInt64().ShouldBe(bytes.Length);
        await ParseStillWorksAsync(clerk);
    }

    [Fact]
    public async Task Attachment_LargerThanTheLimit_400()
    {
        using var clerk = await App.ClientForAsync("vanthu");
        var doc = await (await clerk.PostAsJsonAsync("/api/v1/documents", new
        {
            direction = "incoming", issuer = "Bộ Nội vụ", numberSymbol = $"{Random.Shared.Next(100, 9999)}/BNV-{Unique()}", date = "2026-01-30",
            type = "Công văn", subject = "Tệp đính kèm quá lớn",
        }, Ct)).ShouldBeJsonAsync(HttpStatusCode.Created);
        using var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[(20 * 1024 * 1024) + 1]), "file", "lon.pdf" } };

        await (await clerk.PostAsync($"/api/v1/documents/{doc.GetProperty("id").GetString()}/attachments", form, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await ParseStillWorksAsync(clerk);
    }

    [Fact]
    public async Task ImportPage_DeepDocx_ShowsTheMessage_HostStaysUp()
    {
        var client = App.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var login = await client.GetStringAsync("/Account/Login", Ct);
        (await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "vanthu", ["Password"] = AppFixture.DemoPassword, ["__RequestVerificationToken"] = Token().Match(login).Groups[1].Value,
        }), Ct)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await client.GetStringAsync("/Documents/Import", Ct);
        var (bytes, name) = Hostile("deep");

        using var form = new MultipartFormDataContent
        {
            { new StringContent(Token().Match(page).Groups[1].Value), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), "file", name },
        };
        var response = await client.PostAsync("/Documents/Import?handler=Parse", form, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct)).ShouldContain("lồng nhau quá sâu");
        (await client.GetAsync("/Documents/Import", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task ParseStillWorksAsync(HttpClient client)
    {
        var json = await (await client.PostAsync("/api/v1/documents/parse", new StringContent("Số: 919/UBND-NC\nKính gửi: Sở Nội vụ.", Encoding.UTF8, "text/plain"), Ct))
            .ShouldBeJsonAsync(HttpStatusCode.OK);
        json.GetProperty("numberSymbol").GetString().ShouldBe("919/UBND-NC");
    }

    private static (byte[] Bytes, string Name) Hostile(string kind) => kind switch
    {
        "deep" => (Docx(Body("<w:p><w:r>" + string.Concat(Enumerable.Repeat("<w:x>", 20_000)) + string.Concat(Enumerable.Repeat("</w:x>", 20_000)) + "</w:r></w:p>")), "sau.docx"),
        "bomb" => (Bomb(200 * 1024 * 1024), "bom.docx"),
        "paragraphs" => (Docx(Body(string.Concat(Enumerable.Range(0, 120_000).Select(i => $"<w:p><w:r><w:t>- Đề nghị Sở số {i * 7919L % 1_000_003} báo cáo.</w:t></w:r></w:p>")))), "dai.docx"),
        "foreignPart" => (Docx(Body("<w:p/>"), ("../../evil.sh", "rm -rf /")), "la.docx"),
        _ => ("Đây không phải tệp Word."u8.ToArray(), "gia.docx"),
    };

    private static string Body(string inner) => $"<w:document xmlns:w=\"{W}\"><w:body>{inner}</w:body></w:document>";

    private static byte[] Docx(string documentXml, params (string Name, string Content)[] extra)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Add(zip, "word/document.xml", documentXml);
            foreach (var (name, content) in extra)
            {
                Add(zip, name, content);
            }
        }

        return stream.ToArray();
    }

    // About 200 KB that expand to `size` bytes of one paragraph.
    private static byte[] Bomb(int size)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            entry.Write(Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>"));
            var chunk = new byte[1024 * 1024];
            Array.Fill(chunk, (byte)'a');
            for (var written = 0; written < size; written += chunk.Length)
            {
                entry.Write(chunk);
            }

            entry.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

[Collection("sqlite")]
public sealed class SqliteHostileUploadTests(SqliteApp app) : HostileUploadTests<SqliteApp>(app), IClassFixture<SqliteApp>;

[Collection("postgres")]
public sealed class PostgresHostileUploadTests(PostgresApp app) : HostileUploadTests<PostgresApp>(app), IClassFixture<PostgresApp>;
