using System.IO.Compression;
using System.Text;
using KyCuong.Documents.Packages;

namespace KyCuong.Documents.Tests;

/// <summary>
/// Hostile uploads are refused with a message, within bounded memory, before any document tree is built
/// (<see cref="DocxTextReader"/>): deep nesting, expansion bombs, too many parts, foreign parts, DTDs, wrong extensions.
/// </summary>
public sealed class HostileFileTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Docx_Nested20000Deep_IsRefusedWithAMessage()
    {
        var deep = new StringBuilder();
        deep.Append("<w:p><w:r>");
        for (var i = 0; i < 20_000; i++)
        {
            deep.Append("<w:x>");
        }

        for (var i = 0; i < 20_000; i++)
        {
            deep.Append("</w:x>");
        }

        deep.Append("</w:r></w:p>");
        var bytes = Docx(Body(deep.ToString()));
        bytes.Length.ShouldBeLessThan(10_000);

        var result = await DocumentTextReader.ReadAsync(new MemoryStream(bytes), "sau.docx", Ct);

        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("lồng nhau quá sâu");
    }

    [Fact]
    public void Docx_200KbExpandingTo200Mb_IsRefusedWithoutAllocatingIt()
    {
        var bytes = Bomb(200 * 1024 * 1024);
        bytes.Length.ShouldBeLessThan(1024 * 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = DocxTextReader.Read(bytes, Ct);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("giải nén");
        allocated.ShouldBeLessThan(16L * 1024 * 1024);
    }

    [Fact]
    public void Docx_HighlyCompressedPart_IsRefusedAsABomb()
    {
        var result = DocxTextReader.Read(Bomb(8 * 1024 * 1024), Ct);

        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("bom nén");
    }

    [Fact]
    public void Docx_TooManyEntries_IsRefused()
    {
        var parts = Enumerable.Range(0, DocxTextReader.MaxEntries + 1).ToDictionary(i => $"word/media/image{i}.png", _ => "x");
        parts["word/document.xml"] = Body("<w:p/>");

        var result = DocxTextReader.Read(Docx(parts), Ct);

        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("quá nhiều phần");
    }

    [Fact]
    public void Docx_ForeignPart_IsRefused()
    {
        var result = DocxTextReader.Read(Docx(new Dictionary<string, string> { ["word/document.xml"] = Body("<w:p/>"), ["../../etc/cron.d/x"] = "x" }), Ct);

        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("không thuộc một văn bản Word");
    }

    [Fact]
    public void Docx_WithDtd_IsRefused()
    {
        var xml = $"<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>";

        var result = DocxTextReader.Read(Docx(xml), Ct);

        result.Success.ShouldBeFalse();
        result.Error.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Docx_ManyParagraphs_ReadsWithinBoundedMemory()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 120_000; i++)
        {
            // Numbers that vary keep the compression ratio of a real document (a uniform body is refused as a bomb).
            body.Append("<w:p><w:r><w:t>Giao Sở Nội vụ số ").Append((i * 7919L) % 1_000_003).Append(".</w:t></w:r></w:p>");
        }

        var bytes = Docx(Body(body.ToString()));
        var before = GC.GetAllocatedBytesForCurrentThread();

        var result = DocxTextReader.Read(bytes, Ct);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        result.Success.ShouldBeTrue(result.Error);
        result.Text!.Split('\n').Length.ShouldBeGreaterThan(120_000);
        // The text itself is about 7 MB of UTF-16; a document tree of 480,000 elements took hundreds of megabytes.
        allocated.ShouldBeLessThan(200L * 1024 * 1024);
    }

    [Fact]
    public void Docx_TextLongerThanTheLimit_IsRefused()
    {
        var random = new Random(11);
        var run = new string([.. Enumerable.Range(0, 1_000_000).Select(_ => (char)('a' + random.Next(26)))]);
        var bytes = Docx(Body(string.Concat(Enumerable.Repeat($"<w:p><w:r><w:t>{run}</w:t></w:r></w:p>", 5))));

        var result = DocxTextReader.Read(bytes, Ct);

        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("quá dài");
    }

    [Fact]
    public void Docx_FootnotesAndTabs_ReadLikeWord()
    {
        var parts = new Dictionary<string, string>
        {
            ["word/document.xml"] = Body("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t>Căn cứ</w:t></w:r><w:r><w:tab/><w:t xml:space=\"preserve\">Luật </w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"),
            ["word/_rels/document.xml.rels"] = "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes\" Target=\"footnotes.xml\"/></Relationships>",
            ["word/footnotes.xml"] = $"<w:footnotes xmlns:w=\"{W}\"><w:footnote w:id=\"0\"><w:p><w:r><w:t>separator</w:t></w:r></w:p></w:footnote><w:footnote w:id=\"1\"><w:p><w:r><w:t>Luật số 80/2015/QH13</w:t></w:r></w:p></w:footnote></w:footnotes>",
        };

        var result = DocxTextReader.Read(Docx(parts), Ct);

        result.Success.ShouldBeTrue(result.Error);
        result.Text.ShouldBe("Căn cứ   Luật <sup>1</sup>" + Environment.NewLine + "<sup>1</sup> Luật số 80/2015/QH13" + Environment.NewLine);
    }

    [Theory]
    [InlineData("cong-van.docx", "Đây là văn bản thường, không phải Word.", "không phải văn bản Word")]
    [InlineData("cong-van.txt", "PK\u0003\u0004xxxx", "đặt đúng đuôi")]
    [InlineData("cong-van.txt", "%PDF-1.4 xxxx", "đặt đúng đuôi")]
    [InlineData("chuong-trinh.exe", "MZ\u0090", "Chỉ nhận tệp .txt, .docx hoặc .pdf")]
    public async Task WrongExtensionOrType_IsRefusedWithAMessage(string name, string content, string message)
    {
        var result = await DocumentTextReader.ReadAsync(new MemoryStream(Encoding.Latin1.GetBytes(content)), name, Ct);

        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain(message);
    }

    [Fact]
    public async Task Text_LargerThanTheLimit_IsRefused()
    {
        var result = await DocumentTextReader.ReadAsync(new MemoryStream(new byte[DocumentTextReader.MaxBytes + 1]), "a.txt", Ct);

        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("quá lớn");
    }

    internal static string Body(string inner) => $"<w:document xmlns:w=\"{W}\"><w:body>{inner}</w:body></w:document>";

    internal static byte[] Docx(string documentXml) => Docx(new Dictionary<string, string> { ["word/document.xml"] = documentXml });

    internal static byte[] Docx(IReadOnlyDictionary<string, string> parts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            Add(zip, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            foreach (var (name, content) in parts)
            {
                Add(zip, name, content);
            }
        }

        return stream.ToArray();
    }

    // A package whose document.xml is `size` bytes of one repeated paragraph: tiny compressed.
    internal static byte[] Bomb(int size)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var head = Encoding.UTF8.GetBytes($"<w:document xmlns:w=\"{W}\"><w:body><w:p><w:r><w:t>");
            entry.Write(head);
            var chunk = Encoding.UTF8.GetBytes(new string('a', 1024 * 1024));
            for (var written = head.Length; written < size; written += chunk.Length)
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
}
