using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace KyCuong.Documents.Packages;

/// <summary>
/// OCR with Debian's tools run as child processes (<see cref="BoundedProcess"/>): a scanned PDF's first
/// <see cref="OcrSettings.MaxPages"/> pages are rendered by <c>pdftoppm</c> (grey PGM, 300 dpi, the long side capped), an
/// image's declared size is checked in its header (<see cref="ScanImage"/>) before anything decodes it, then
/// <c>tesseract -l vie</c> reads all pages in one run (the language model is loaded once). Tesseract finds the text
/// lines' skew itself, so a page scanned a few degrees askew reads without a separate deskew step (measured in
/// docs/performance.md, "Scanned letters"). The text is NFC-normalised; page breaks become blank lines.
/// </summary>
public sealed class TesseractOcrEngine(OcrSettings settings) : IOcrEngine
{
    /// <summary>The message when tesseract or its Vietnamese data is not installed.</summary>
    public const string NoOcrToolMessage =
        "Máy chủ chưa có công cụ nhận dạng chữ (gói tesseract-ocr và tesseract-ocr-vie); chưa đọc được bản quét. Hãy dùng tệp có lớp chữ hoặc dán nội dung.";

    /// <summary>The message when a scan holds no recognisable text.</summary>
    public const string NoTextMessage = "Không nhận dạng được chữ trong bản quét (ảnh trắng, quá mờ hoặc không phải văn bản).";

    public OcrSettings Settings { get; } = settings ?? throw new ArgumentNullException(nameof(settings));

    public TesseractOcrEngine()
        : this(new OcrSettings())
    {
    }

    public async Task<TextReadResult> ReadAsync(byte[] bytes, string format, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var folder = BoundedProcess.CreateWorkFolder();
        try
        {
            // One time limit for rendering and recognition together (measured, not read from the clock).
            var elapsed = Stopwatch.StartNew();
            return format == "pdf"
                ? await ReadPdfAsync(bytes, folder, elapsed, ct)
                : await ReadImageAsync(bytes, folder, elapsed, ct);
        }
        finally
        {
            BoundedProcess.DeleteQuietly(folder);
        }
    }

    private async Task<TextReadResult> ReadPdfAsync(byte[] bytes, string folder, Stopwatch elapsed, CancellationToken ct)
    {
        var pdf = Path.Combine(folder, "scan.pdf");
        await File.WriteAllBytesAsync(pdf, bytes, ct);
        // One page more than read is rendered only to learn that there are more (it is not recognised). Pages are written
        // as uncompressed PGM: encoding a 300 dpi page as PNG took pdftoppm 5.8 s of CPU, PGM 0.3 s.
        var render = await BoundedProcess.RunAsync(
            Settings.PdfToPpmPath,
            ["-r", Num(Settings.Resolution), "-scale-to", Num(Settings.MaxRenderSide), "-gray", "-f", "1", "-l", Num(Settings.MaxPages + 1), pdf, Path.Combine(folder, "page")],
            64 * 1024, Remaining(elapsed), ct);
        switch (render.End)
        {
            case ProcessEnd.NotFound:
                return TextReadResult.Missing(DocumentTextReader.NoPdfToolMessage, "pdf");
            case ProcessEnd.TimedOut:
                return TimedOut("pdf");
            case ProcessEnd.Exited when render.ExitCode != 0:
                return TextReadResult.Fail("Tệp PDF bị hỏng hoặc được bảo vệ; không dựng được trang để nhận dạng chữ.", "pdf");
        }

        var pages = Directory.GetFiles(folder, "page*.pgm").Order(StringComparer.Ordinal).ToList();
        if (pages.Count == 0)
        {
            return TextReadResult.Fail("Tệp PDF không có trang nào để nhận dạng chữ.", "pdf");
        }

        var more = pages.Count > Settings.MaxPages;
        pages = pages.Take(Settings.MaxPages).ToList();
        return await RecogniseAsync(pages, folder, "pdf", Settings.Resolution, more, elapsed, ct);
    }

    private async Task<TextReadResult> ReadImageAsync(byte[] bytes, string folder, Stopwatch elapsed, CancellationToken ct)
    {
        var info = ScanImage.Probe(bytes, Settings.MaxPages);
        if (info is null)
        {
            return TextReadResult.Fail("Ảnh bị hỏng hoặc không phải ảnh PNG, JPEG, TIFF; không đọc được.", ScanImage.Sniff(bytes));
        }

        if (info.Pages > Settings.MaxPages)
        {
            return TextReadResult.Fail($"Ảnh TIFF có hơn {Settings.MaxPages} trang; hãy tách thành nhiều tệp.", info.Format);
        }

        if (info.Pixels > Settings.MaxPixels || info.Width > Settings.MaxImageSide || info.Height > Settings.MaxImageSide)
        {
            return TextReadResult.Fail(
                string.Create(CultureInfo.InvariantCulture, $"Ảnh quá lớn ({info.Width} × {info.Height} điểm ảnh); hãy quét ở 300 dpi (tối đa {Settings.MaxImageSide} điểm mỗi chiều, {Settings.MaxPixels / 1_000_000} triệu điểm ảnh)."),
                info.Format);
        }

        var path = Path.Combine(folder, "scan." + (info.Format == "jpeg" ? "jpg" : info.Format));
        await File.WriteAllBytesAsync(path, bytes, ct);
        var result = await RecogniseAsync([path], folder, info.Format, null, false, elapsed, ct);
        return result.Success ? result with { PagesRead = info.Pages } : result;
    }

    private async Task<TextReadResult> RecogniseAsync(
        List<string> images, string folder, string format, int? dpi, bool more, Stopwatch elapsed, CancellationToken ct)
    {
        // Several pages go in one run through a list file: the model is loaded once.
        string input;
        if (images.Count == 1)
        {
            input = images[0];
        }
        else
        {
            input = Path.Combine(folder, "pages.txt");
            await File.WriteAllLinesAsync(input, images, ct);
        }

        var args = new List<string> { input, "stdout", "-l", Settings.Languages };
        if (dpi is { } d)
        {
            args.AddRange(["--dpi", Num(d)]);
        }

        var environment = Settings.Threads > 0 ? new Dictionary<string, string> { ["OMP_THREAD_LIMIT"] = Num(Settings.Threads) } : null;
        var run = await BoundedProcess.RunAsync(Settings.TesseractPath, args, Settings.MaxTextLength, Remaining(elapsed), ct, environment);
        switch (run.End)
        {
            case ProcessEnd.NotFound:
                return TextReadResult.Missing(NoOcrToolMessage, format);
            case ProcessEnd.TimedOut:
                return TimedOut(format);
            case ProcessEnd.TooMuchOutput:
                return TextReadResult.Fail("Bản quét có quá nhiều chữ để nhận dạng một lần; hãy tách thành nhiều tệp.", format);
            case ProcessEnd.Exited when run.ExitCode != 0:
                return run.Errors.Contains("Failed loading language", StringComparison.Ordinal) || run.Errors.Contains("Error opening data file", StringComparison.Ordinal)
                    ? TextReadResult.Missing(NoOcrToolMessage, format)
                    : TextReadResult.Fail("Ảnh bị hỏng hoặc không đúng định dạng; không nhận dạng được chữ.", format);
        }

        var text = Clean(run.Output);
        if (text.Count(char.IsLetter) < 20)
        {
            return TextReadResult.Fail(NoTextMessage, format);
        }

        return new TextReadResult { Text = text, Format = format, Ocr = true, PagesRead = images.Count, MorePages = more };
    }

    /// <summary>
    /// Tesseract's output made into the text the reader expects: NFC (its Vietnamese model can emit a base letter and a
    /// combining mark), a page break as a blank line, trailing spaces dropped, runs of blank lines kept to one.
    /// </summary>
    internal static string Clean(string output)
    {
        var text = output.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\f', '\n');
        text = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var sb = new StringBuilder(text.Length);
        var blank = 0;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                blank++;
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(blank > 0 ? "\n\n" : "\n");
            }

            sb.Append(line);
            blank = 0;
        }

        return sb.ToString();
    }

    private TextReadResult TimedOut(string format) =>
        TextReadResult.Fail(string.Create(CultureInfo.InvariantCulture, $"Nhận dạng chữ quá thời gian cho phép ({Settings.Timeout.TotalSeconds:0} giây); hãy gửi ít trang hơn hoặc ảnh nhỏ hơn."), format);

    private TimeSpan Remaining(Stopwatch elapsed)
    {
        var left = Settings.Timeout - elapsed.Elapsed;
        return left > TimeSpan.Zero ? left : TimeSpan.FromMilliseconds(1);
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
