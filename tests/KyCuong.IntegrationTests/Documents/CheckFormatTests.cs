using System.IO.Compression;
using System.Net;
using System.Security;
using System.Text;
using KyCuong.IntegrationTests.Infrastructure;

namespace KyCuong.IntegrationTests.Documents;

/// <summary>
/// <c>POST /api/v1/documents/check-format</c> (docs/api.md "Format check"): a text or a Word file checked against the
/// NĐ 30/2020 Phụ lục I layout over real HTTP, with its bad inputs answered as problems.
/// </summary>
public abstract class CheckFormatTests<TApp>(TApp app) where TApp : AppFixture
{
    private const string Letter = """
        ỦY BAN NHÂN DÂN
        TỈNH AN GIANG
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 05/UBND-VP
        V/v tăng cường kỷ luật, kỷ cương hành chính
        An Giang, ngày 05 tháng 3 năm 2024
        Kính gửi: Sở Nội vụ.
        Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì rà soát việc chấp hành kỷ luật, báo cáo trước ngày 30/6/2024.
        Nơi nhận:
        - Như trên;
        - Lưu: VT, VP.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH
        Nguyễn Văn An
        """;

    protected TApp App { get; } = app;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Text_WellFormed_NoFinding_Faulty_EachWithItsRule()
    {
        using var client = await App.ClientForAsync("chuyenvien");

        var ok = await (await client.PostAsync("/api/v1/documents/check-format", new StringContent(Letter, Encoding.UTF8, "text/plain"), Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        ok.GetProperty("findings").GetArrayLength().ShouldBe(0);

        var faulty = Letter.Replace("Số: 05/UBND-VP", "Số: 5/UBND-VP", StringComparison.Ordinal).Replace("- Lưu: VT, VP.\n", "", StringComparison.Ordinal);
        var json = await (await client.PostAsync("/api/v1/documents/check-format", new StringContent(faulty, Encoding.UTF8, "text/plain"), Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        findings.Select(f => f.GetProperty("rule").GetString()).ShouldBe(["nd30.numberLeadingZero", "nd30.archive"]);
        findings.ShouldAllBe(f => f.GetProperty("severity").GetString() == "error" && f.GetProperty("message").GetString()!.Length > 10);
    }

    [Fact]
    public async Task WordFile_PageAndTypeChecked()
    {
        using var client = await App.ClientForAsync("vanthu");
        using var good = new MultipartFormDataContent { { new ByteArrayContent(Docx(left: 1701, font: "Times New Roman", halfPoints: 28)), "file", "du-thao.docx" } };
        var ok = await (await client.PostAsync("/api/v1/documents/check-format", good, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        ok.GetProperty("findings").GetArrayLength().ShouldBe(0);

        using var bad = new MultipartFormDataContent { { new ByteArrayContent(Docx(left: 1134, font: ".VnTime", halfPoints: 28)), "file", "du-thao.docx" } };
        var json = await (await client.PostAsync("/api/v1/documents/check-format", bad, Ct)).ShouldBeJsonAsync(HttpStatusCode.OK);
        json.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()).ShouldBe(["nd30.margins", "nd30.font"]);
    }

    [Fact]
    public async Task BadInput_IsAProblem_AndAnonymousIsRefused()
    {
        using var client = await App.ClientForAsync("chuyenvien");

        using var noFile = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        var missing = await (await client.PostAsync("/api/v1/documents/check-format", noFile, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        missing.GetProperty("errors").GetProperty("file").GetArrayLength().ShouldBe(1);

        using var notWord = new MultipartFormDataContent { { new ByteArrayContent("không phải tệp Word"u8.ToArray()), "file", "gia.docx" } };
        var unreadable = await (await client.PostAsync("/api/v1/documents/check-format", notWord, Ct)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        unreadable.GetProperty("code").GetString().ShouldBe("document.unreadableFile");

        using var latin1 = new ByteArrayContent([0x53, 0xF4, 0x3A, 0x20, 0xFF, 0xFE]);
        latin1.Headers.ContentType = new("text/plain");
        await (await client.PostAsync("/api/v1/documents/check-format", latin1, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);

        using var anonymous = App.Anonymous();
        var refused = await anonymous.PostAsync("/api/v1/documents/check-format", new StringContent(Letter, Encoding.UTF8, "text/plain"), Ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    // A minimal Word package: the letter's lines in one font and size, A4, the given left margin.
    private static byte[] Docx(int left, string font, int halfPoints)
    {
        const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        var body = new StringBuilder();
        foreach (var line in Letter.Split('\n'))
        {
            body.Append($"""<w:p><w:r><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}"/><w:sz w:val="{halfPoints}"/></w:rPr><w:t xml:space="preserve">{SecurityElement.Escape(line)}</w:t></w:r></w:p>""");
        }

        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""",
            ["_rels/.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""",
            ["word/document.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:bottom="1134" w:left="{left}" w:right="851"/></w:sectPr></w:body></w:document>""",
        };
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        }

        return stream.ToArray();
    }
}

public sealed class SqliteCheckFormatTests(SqliteApp app) : CheckFormatTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class PostgresCheckFormatTests(PostgresApp app) : CheckFormatTests<PostgresApp>(app), IClassFixture<PostgresApp>;
