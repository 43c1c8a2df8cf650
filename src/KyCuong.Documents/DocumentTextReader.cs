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

    /// <summary>
    /// The text pdftotext gave, made ready for reading: the pages (parted by form feeds) joined again without the page
    /// number printed at a page's top (NĐ 30/2020 Phụ lục I numbers pages from the second, centred at the top) or bottom
    /// and without the blank lines around the break, so a sentence a page cut continues on the next line and is
    /// joined as any wrapped line is; NFC.
    /// </summary>
    internal static string PdfText(string output)
    {
        output = PartGluedCells(output);
        if (!output.Contains('\f', StringComparison.Ordinal))
        {
            return Nfc(output);
        }

        var pages = output.Split('\f');
        var sb = new StringBuilder(output.Length);
        for (var p = 0; p < pages.Length; p++)
        {
            var lines = pages[p].Split('\n');
            var first = 0;
            var last = lines.Length - 1;
            SkipBlank(lines, ref first, ref last);
            if (p > 0 && first <= last && IsPageNumber(lines[first]))
            {
                first++;
            }

            if (p < pages.Length - 1 && first <= last && IsPageNumber(lines[last]))
            {
                last--;
            }

            SkipBlank(lines, ref first, ref last);
            if (first > last)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('\n');
            }

            for (var k = first; k <= last; k++)
            {
                sb.Append(lines[k]).Append(k < last ? "\n" : "");
            }
        }

        sb.Append('\n');
        return Nfc(sb.ToString());
    }

    // pdftotext -layout runs two table cells together when the left one fills its column: "Số: 8918/KH-UBNDLâm Đồng,
    // ngày 13 tháng 10 năm 2023". On a "Số:" line with the place and date, a symbol's capitals followed at once by a
    // capitalised word ("UBND" + "Lâm") are parted by a column gap again. "QĐ-TTg" (one capital before "Tg") is no such seam.
    private static string PartGluedCells(string text)
    {
        var at = text.IndexOf(", ngày", StringComparison.Ordinal);
        if (at < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 8);
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            var line = text.AsSpan(start, end - start);
            var date = line.IndexOf(", ngày", StringComparison.Ordinal);
            var slash = line.IndexOf('/');
            var seam = -1;
            if (date > 0 && slash > 0 && slash < date && line.TrimStart().StartsWith("Số", StringComparison.Ordinal))
            {
                for (var i = slash + 3; i + 1 < date; i++)
                {
                    if (char.IsUpper(line[i]) && char.IsLower(line[i + 1]) && char.IsUpper(line[i - 1]) && char.IsUpper(line[i - 2]))
                    {
                        seam = i;
                        break;
                    }
                }
            }

            if (seam < 0)
            {
                sb.Append(line);
            }
            else
            {
                sb.Append(line[..seam]).Append("   ").Append(line[seam..]);
            }

            start = end;
        }

        return sb.ToString();
    }

    private static void SkipBlank(string[] lines, ref int first, ref int last)
    {
        while (first <= last && string.IsNullOrWhiteSpace(lines[first]))
        {
            first++;
        }

        while (last >= first && string.IsNullOrWhiteSpace(lines[last]))
        {
            last--;
        }
    }

    // "2", "- 2 -", "Trang 2", "2/5": a page number on a line of its own.
    private static bool IsPageNumber(string line)
    {
        var s = line.AsSpan().Trim().Trim("-–—() ");
        if (s.StartsWith("Trang", StringComparison.OrdinalIgnoreCase) || s.StartsWith("Page", StringComparison.OrdinalIgnoreCase))
        {
            s = s[(s[0] == 'T' || s[0] == 't' ? 5 : 4)..].TrimStart();
        }

        var slash = s.IndexOf('/');
        return IsSmallNumber(slash < 0 ? s : s[..slash].TrimEnd()) && (slash < 0 || IsSmallNumber(s[(slash + 1)..].TrimStart()));
    }

    private static bool IsSmallNumber(ReadOnlySpan<char> s)
    {
        if (s.Length is 0 or > 3)
        {
            return false;
        }

        foreach (var ch in s)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }
        }

        return true;
    }

    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
