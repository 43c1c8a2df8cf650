using System.Text;
using KyCuong.Documents.Packages;

namespace KyCuong.Documents.Tests;

/// <summary>
/// The OCR pipeline's pieces (docs/operations.md, "Scanned letters (OCR)"): what is refused before any tool runs, what a
/// missing tool gives, how tesseract's output is cleaned, and a real scan read end to end through
/// <see cref="DocumentTextReader"/> (test.sh installs tesseract-ocr and tesseract-ocr-vie).
/// </summary>
public sealed class OcrPipelineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Scan(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "scans", name);

    // A tool path that cannot exist: anything that reaches a tool says so, anything refused before does not.
    private static readonly TesseractOcrEngine NoTools = new(new OcrSettings { TesseractPath = "/nonexistent/tesseract", PdfToPpmPath = "/nonexistent/pdftoppm" });

    [Fact]
    public async Task Image_DeclaringTooManyPixels_IsRefusedFromItsHeader_BeforeAnyToolRuns()
    {
        var result = await NoTools.ReadAsync(ScanImageTests.Png(100_000, 100_000), "png", Ct);

        result.Success.ShouldBeFalse();
        result.Unavailable.ShouldBeFalse(); // refused before tesseract was looked for
        result.Error!.ShouldContain("Ảnh quá lớn");
    }

    [Fact]
    public async Task Image_WithABrokenHeader_IsRefusedWithAMessage()
    {
        var result = await NoTools.ReadAsync([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3], "png", Ct);

        result.Success.ShouldBeFalse();
        result.Unavailable.ShouldBeFalse();
        result.Error!.ShouldContain("Ảnh bị hỏng");
    }

    [Fact]
    public async Task MissingTesseract_GivesUnavailable_WithTheDebianPackagesNamed()
    {
        var result = await NoTools.ReadAsync(await File.ReadAllBytesAsync(Scan("cv454-haugiang.png"), Ct), "png", Ct);

        result.Success.ShouldBeFalse();
        result.Unavailable.ShouldBeTrue();
        result.Error.ShouldBe(TesseractOcrEngine.NoOcrToolMessage);
        result.Error!.ShouldContain("tesseract-ocr-vie");
    }

    [Fact]
    public async Task ImageNamedPng_ThatIsText_IsRefused_AndWithoutOcrAnImageIsRefusedPolitely()
    {
        using var text = new MemoryStream(Encoding.UTF8.GetBytes("Số: 12/UBND-VP"));
        var named = await DocumentTextReader.ReadAsync(text, "scan.png", new TesseractOcrEngine(), Ct);
        named.Success.ShouldBeFalse();
        named.Error!.ShouldContain("không phải ảnh");

        await using var image = File.OpenRead(Scan("cv454-haugiang.png"));
        var noOcr = await DocumentTextReader.ReadAsync(image, "scan.png", Ct);
        noOcr.Success.ShouldBeFalse();
        noOcr.Error!.ShouldContain("nhận dạng chữ");
    }

    [Fact]
    public void Clean_RecombinesMarks_TurnsPageBreaksIntoBlankLines_AndDropsTrailingSpace()
    {
        // "Số" with the tone as a combining mark, a page break, blank runs and trailing spaces as tesseract writes them.
        var raw = "So\u0302\u0301: 12/UBND-VP   \r\n\n\n\nHà Nội\f\fKính gửi:  \n";

        var text = TesseractOcrEngine.Clean(raw);

        text.ShouldBe("Số: 12/UBND-VP\n\nHà Nội\n\nKính gửi:");
        text.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
    }

    [Fact]
    public async Task ScannedPdfWithoutTextLayer_IsReadByOcr_AndItsHeaderExtracted()
    {
        await using var pdf = File.OpenRead(Scan("kh17-thaibinh.pdf"));

        var read = await DocumentTextReader.ReadAsync(pdf, "kh17.pdf", new TesseractOcrEngine(), Ct);

        read.Success.ShouldBeTrue(read.Error);
        read.Ocr.ShouldBeTrue();
        read.PagesRead.ShouldBe(1);
        read.MorePages.ShouldBeFalse();
        var x = DocumentExtractor.Extract(read.Text);
        x.NumberSymbol.ShouldBe("17/KH-UBND");
        x.Date.ShouldBe(new DateOnly(2016, 3, 7));
    }

    [Fact]
    public async Task Tesseract_RunningPastItsTimeLimit_IsKilled_WithAMessage()
    {
        var slow = new TesseractOcrEngine(new OcrSettings { Timeout = TimeSpan.FromMilliseconds(50) });
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = await slow.ReadAsync(await File.ReadAllBytesAsync(Scan("cv2541-vpcp.jpg"), Ct), "jpeg", Ct);

        result.Success.ShouldBeFalse();
        result.Error!.ShouldContain("quá thời gian");
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
    }
}
