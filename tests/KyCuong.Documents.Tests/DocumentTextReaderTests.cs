using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace KyCuong.Documents.Tests;

public sealed class DocumentTextReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_Utf8Text_ReturnsNfcText()
    {
        var decomposed = "Kính gửi: Sở Nội vụ".Normalize(NormalizationForm.FormD);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(decomposed));

        var result = await DocumentTextReader.ReadAsync(stream, "a.txt", Ct);

        result.Success.ShouldBeTrue();
        result.Text.ShouldBe("Kính gửi: Sở Nội vụ");
        result.Format.ShouldBe("txt");
    }

    [Fact]
    public async Task ReadAsync_Utf16WithBom_Decodes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Công điện số 280/CĐ-TTg")).ToArray();
        using var stream = new MemoryStream(bytes);

        var result = await DocumentTextReader.ReadAsync(stream, "a.txt", Ct);

        result.Text.ShouldBe("Công điện số 280/CĐ-TTg");
    }

    [Fact]
    public async Task ReadAsync_Windows1258Text_DecodesToNfc()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        // Windows-1258 keeps base vowels precomposed and writes tones as combining marks.
        var bytes = Encoding.GetEncoding(1258).GetBytes("Ki\u0301nh gư\u0309i: Công văn");
        using var stream = new MemoryStream(bytes);

        var result = await DocumentTextReader.ReadAsync(stream, "a.txt", Ct);

        result.Text.ShouldBe("Kính gửi: Công văn");
    }

    [Fact]
    public async Task ReadAsync_DocxWithHeaderTable_ReadsParagraphsAndTableInOrder()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(
                new Table(new TableRow(
                    new TableCell(P("ỦY BAN NHÂN DÂN"), P("TỈNH KIÊN GIANG")),
                    new TableCell(P("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), P("Độc lập - Tự do - Hạnh phúc")))),
                P("Số: 919 /UBND-NC"),
                P("Kiên Giang, ngày 16 tháng 5 năm 2023"),
                P("V/v chấn chỉnh, tăng cường trách nhiệm"),
                P("Kính gửi: Sở Nội vụ."),
                P("Ủy ban nhân dân tỉnh giao Sở Nội vụ chủ trì, phối hợp với Sở Tài chính rà soát, báo cáo trước ngày 30/6/2023."),
                P("Nơi nhận:"),
                P("- Như trên;"),
                P("- Lưu: VT."),
                P("TM. ỦY BAN NHÂN DÂN"),
                P("CHỦ TỊCH"),
                P("Lâm Minh Thành")));
        }

        stream.Position = 0;
        var result = await DocumentTextReader.ReadAsync(stream, "congvan.docx", Ct);

        result.Success.ShouldBeTrue();
        result.Format.ShouldBe("docx");
        result.Text!.IndexOf("ỦY BAN NHÂN DÂN", StringComparison.Ordinal).ShouldBeLessThan(result.Text.IndexOf("Số: 919", StringComparison.Ordinal));
        var extraction = DocumentExtractor.Extract(result.Text);
        extraction.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Kiên Giang");
        extraction.NumberSymbol.ShouldBe("919/UBND-NC");
        extraction.Date.ShouldBe(new DateOnly(2023, 5, 16));
        extraction.Recipients.ShouldBe(["Sở Nội vụ"]);
        extraction.Signer.ShouldBe("Lâm Minh Thành");
        extraction.SigningForm.ShouldBe("TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH");
        var task = extraction.Tasks.ShouldHaveSingleItem();
        task.Ref.ShouldBe("p1");
        task.Lead.ShouldBe("Sở Nội vụ");
        task.CoordinatingUnits.ShouldBe(["Sở Tài chính"]);
        task.Deadline.ShouldBe(new DateOnly(2023, 6, 30));
    }

    [Fact]
    public async Task ReadAsync_NonPdfBytesNamedPdf_FailsWithVietnameseMessage()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("đây không phải PDF"));

        var result = await DocumentTextReader.ReadAsync(stream, "scan.pdf", Ct);

        result.Success.ShouldBeFalse();
        result.Text.ShouldBeNull();
        result.Error.ShouldNotBeNull();
        result.Error.ShouldContain("PDF");
    }

    [Fact]
    public async Task ReadAsync_PdfWithoutTextLayer_FailsWithScanMessage()
    {
        // A valid PDF with one empty page: what a scan without OCR looks like to pdftotext.
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes(MinimalPdf(string.Empty)));

        var result = await DocumentTextReader.ReadAsync(stream, "scan.pdf", Ct);

        result.Success.ShouldBeFalse();
        (result.Error == DocumentTextReader.NoTextLayerMessage || result.Error == DocumentTextReader.NoPdfToolMessage).ShouldBeTrue(result.Error);
    }

    [Fact]
    public async Task ReadAsync_PdfWithTextLayer_ReadsText()
    {
        using var stream = new MemoryStream(Encoding.ASCII.GetBytes(MinimalPdf("BT /F1 12 Tf 72 720 Td (So: 919/UBND-NC Kien Giang, ngay 16 thang 5 nam 2023) Tj ET")));

        var result = await DocumentTextReader.ReadAsync(stream, "doc.pdf", Ct);

        if (result.Error == DocumentTextReader.NoPdfToolMessage)
        {
            return; // pdftotext is not installed on this machine; the message path is covered above.
        }

        result.Success.ShouldBeTrue(result.Error);
        result.Text!.ShouldContain("919/UBND-NC");
    }

    [Fact]
    public async Task ReadAsync_CorruptDocx_FailsWithoutThrowing()
    {
        using var stream = new MemoryStream("PK\u0003\u0004garbage"u8.ToArray());

        var result = await DocumentTextReader.ReadAsync(stream, "broken.docx", Ct);

        result.Success.ShouldBeFalse();
        result.Error.ShouldNotBeNullOrWhiteSpace();
    }

    private static Paragraph P(string text) => new(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve }));

    // A one-page PDF with an optional content stream, offsets computed so the xref table is valid.
    private static string MinimalPdf(string content)
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append("xref\n0 ").Append(objects.Length + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append(offset.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        sb.Append("trailer\n<< /Size ").Append(objects.Length + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return sb.ToString();
    }
}
