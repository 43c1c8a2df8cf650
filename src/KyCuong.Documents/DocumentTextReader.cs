using System.Diagnostics.CodeAnalysis;
using System.Text;
using KyCuong.Documents.Packages;

namespace KyCuong.Documents;

/// <summary>
/// Reads an uploaded document into plain text: .txt (UTF-8, UTF-16 with BOM, Windows-1258 fallback),
/// .docx (paragraphs and tables in order), .pdf (the text layer, through poppler's pdftotext) and, given an
/// <see cref="IOcrEngine"/>, scans: a PDF without a text layer and PNG, JPEG, TIFF images.
/// Never throws for bad input: failures carry a Vietnamese message. Every format is read within bounds: the file's size,
/// a .docx's expanded size, nesting and text (<see cref="DocxTextReader"/>), pdftotext's time and output, the text's length.
/// </summary>
public static class DocumentTextReader
{
    /// <summary>The largest file read (uploads of administrative documents are far smaller).</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Most characters of text taken from a PDF's text layer (a 300-page document has about 1 million).</summary>
    public const int MaxPdfTextLength = 4_000_000;

    /// <summary>How long pdftotext may run before it is killed.</summary>
    public static readonly TimeSpan PdfTimeout = TimeSpan.FromSeconds(20);

    /// <summary>The file extensions read; others are refused with a message.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".txt", ".docx", ".pdf"];

    /// <summary>The image extensions read as scans when OCR is available.</summary>
    public static IReadOnlyList<string> ScanExtensions { get; } = [".png", ".jpg", ".jpeg", ".tif", ".tiff"];

    /// <summary>The message when a PDF has no text layer (a scan).</summary>
    public const string NoTextLayerMessage = "Tệp PDF không có lớp văn bản (bản quét). Hãy dùng tệp có lớp chữ hoặc dán nội dung.";

    /// <summary>The message when pdftotext is not installed.</summary>
    public const string NoPdfToolMessage = "Máy chủ chưa có công cụ đọc PDF (pdftotext, gói poppler-utils). Hãy dùng tệp .docx/.txt hoặc dán nội dung.";

    /// <summary>Reads <paramref name="content"/> without OCR: a scan is refused with <see cref="NoTextLayerMessage"/>.</summary>
    public static Task<TextReadResult> ReadAsync(Stream content, string fileName, CancellationToken ct) => ReadAsync(content, fileName, null, ct);

    /// <summary>
    /// Reads <paramref name="content"/>, choosing the format by <paramref name="fileName"/>'s extension and the file's
    /// signature; a PDF without a text layer and an image (.png, .jpg, .jpeg, .tif, .tiff) are read by
    /// <paramref name="ocr"/> when given.
    /// </summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Bad uploads must give a message, never an exception.")]
    public static async Task<TextReadResult> ReadAsync(Stream content, string fileName, IOcrEngine? ocr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        byte[] bytes;
        try
        {
            bytes = await ReadAllAsync(content, ct);
        }
        catch (InvalidDataException)
        {
            return TextReadResult.Fail("Tệp quá lớn (tối đa 20 MB).", null);
        }

        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        var isPdf = StartsWith(bytes, "%PDF"u8);
        var isZip = StartsWith(bytes, "PK\u0003\u0004"u8);
        try
        {
            switch (extension)
            {
                case ".doc":
                    return TextReadResult.Fail("Tệp .doc (Word 97-2003) chưa được hỗ trợ; hãy lưu thành .docx hoặc PDF.", "doc");
                case ".pdf":
                    return await ReadPdfAsync(bytes, ct, ocr);
                case ".png" or ".jpg" or ".jpeg" or ".tif" or ".tiff":
                    return await ReadImageAsync(bytes, extension, ocr, ct);
                case ".docx":
                    return isZip
                        ? DocxTextReader.Read(bytes, ct)
                        : TextReadResult.Fail("Tệp có đuôi .docx nhưng nội dung không phải văn bản Word; không đọc.", "docx");
                case ".txt":
                    return isZip || isPdf
                        ? TextReadResult.Fail("Tệp có đuôi .txt nhưng nội dung là tệp " + (isPdf ? "PDF" : "nén/Word") + "; hãy đặt đúng đuôi tệp.", "txt")
                        : ReadText(bytes);
                case "":
                    // No extension (a pasted blob): the signature decides.
                    return isPdf ? await ReadPdfAsync(bytes, ct, ocr)
                        : isZip ? DocxTextReader.Read(bytes, ct)
                        : ScanImage.Sniff(bytes) is { } image ? await ReadImageAsync(bytes, "." + image, ocr, ct)
                        : ReadText(bytes);
                default:
                    return TextReadResult.Fail(
                        $"Chỉ nhận tệp .txt, .docx hoặc .pdf{(ocr is null ? "" : ", ảnh quét .png, .jpg, .tif")} (tệp gửi có đuôi {Shorten(extension)}).", extension.TrimStart('.'));
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception)
        {
            return TextReadResult.Fail("Không đọc được tệp: tệp bị hỏng hoặc không đúng định dạng.", extension.TrimStart('.'));
        }
    }

    /// <summary>An image is a scan: its signature must be an image's, whatever its name says; then OCR reads it.</summary>
    private static async Task<TextReadResult> ReadImageAsync(byte[] bytes, string extension, IOcrEngine? ocr, CancellationToken ct)
    {
        var format = ScanImage.Sniff(bytes);
        if (format is null)
        {
            return TextReadResult.Fail($"Tệp có đuôi {Shorten(extension)} nhưng nội dung không phải ảnh PNG, JPEG hoặc TIFF; không đọc.", extension.TrimStart('.'));
        }

        return ocr is null
            ? TextReadResult.Fail("Ảnh quét chỉ đọc được khi máy chủ bật nhận dạng chữ (OCR); hãy dùng tệp có lớp chữ hoặc dán nội dung.", format)
            : await ocr.ReadAsync(bytes, format, ct);
    }

    private static async Task<byte[]> ReadAllAsync(Stream content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                throw new InvalidDataException("too large");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static string Shorten(string s) => s.Length > 12 ? s[..12] + "…" : s;

    private static bool StartsWith(byte[] bytes, ReadOnlySpan<byte> prefix) => bytes.AsSpan().StartsWith(prefix);

    /// <summary>Decodes text: a BOM wins; else strict UTF-8; else Windows-1258 (Vietnamese legacy code page).</summary>
    internal static TextReadResult ReadText(byte[] bytes)
    {
        string text;
        if (StartsWith(bytes, [0xEF, 0xBB, 0xBF]))
        {
            text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        }
        else if (StartsWith(bytes, [0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else if (StartsWith(bytes, [0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        }
        else
        {
            try
            {
                text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                text = Encoding.GetEncoding(1258).GetString(bytes);
            }
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return TextReadResult.Fail("Tệp không phải văn bản thuần (.txt) hợp lệ.", "txt");
        }

        return TextReadResult.Ok(Nfc(text), "txt");
    }

    /// <summary>Word: body paragraphs and table rows in document order, then footnotes; the package is checked first.</summary>
    internal static TextReadResult ReadDocx(byte[] bytes) => DocxTextReader.Read(bytes, CancellationToken.None);

    /// <summary>
    /// PDF: the text layer through <c>pdftotext -layout</c> (<see cref="BoundedProcess"/>); a PDF without one (a scan) is
    /// read by <paramref name="ocr"/> when given, else refused with a message; a missing tool gives a message.
    /// </summary>
    internal static async Task<TextReadResult> ReadPdfAsync(byte[] bytes, CancellationToken ct, IOcrEngine? ocr = null)
    {
        if (!StartsWith(bytes, "%PDF"u8))
        {
            return TextReadResult.Fail("Tệp không phải PDF hợp lệ. " + NoTextLayerMessage, "pdf");
        }

        var path = Path.Combine(Path.GetTempPath(), "kycuong-" + Guid.NewGuid().ToString("N") + ".pdf");
        ProcessRun run;
        try
        {
            await File.WriteAllBytesAsync(path, bytes, ct);
            run = await BoundedProcess.RunAsync("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"], MaxPdfTextLength, PdfTimeout, ct);
        }
        finally
        {
            BoundedProcess.DeleteQuietly(path);
        }

        switch (run.End)
        {
            case ProcessEnd.NotFound:
                return TextReadResult.Missing(NoPdfToolMessage, "pdf");
            case ProcessEnd.TooMuchOutput:
                return TextReadResult.Fail("Tệp PDF có lớp chữ quá dài (hơn 4 triệu ký tự); hãy tách thành nhiều tệp.", "pdf");
            case ProcessEnd.TimedOut:
                return TextReadResult.Fail("Đọc tệp PDF quá thời gian cho phép (20 giây).", "pdf");
            case ProcessEnd.Exited when run.ExitCode != 0:
                return TextReadResult.Fail("Tệp PDF bị hỏng hoặc được bảo vệ; không đọc được. " + NoTextLayerMessage, "pdf");
        }

        if (run.Output.Count(char.IsLetter) < 20)
        {
            // No text layer: a scan, read by OCR when the host offers it.
            return ocr is null ? TextReadResult.Fail(NoTextLayerMessage, "pdf") : await ocr.ReadAsync(bytes, "pdf", ct);
        }

        return TextReadResult.Ok(PdfText(run.Output), "pdf");
    }

    /// <summary>The text pdftotext gave, made ready for reading: pages joined, NFC.</summary>
    internal static string PdfText(string output) => Nfc(output.Replace('\f', '\n'));

    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
