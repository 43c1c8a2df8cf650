using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace KyCuong.Documents;

/// <summary>
/// Reads an uploaded document into plain text: .txt (UTF-8, UTF-16 with BOM, Windows-1258 fallback),
/// .docx (paragraphs and tables in order) and .pdf (the text layer, through poppler's pdftotext).
/// Never throws for bad input: failures carry a Vietnamese message.
/// </summary>
public static class DocumentTextReader
{
    /// <summary>The largest file read (uploads of administrative documents are far smaller).</summary>
    public const int MaxBytes = 50 * 1024 * 1024;

    private static readonly TimeSpan PdfTimeout = TimeSpan.FromSeconds(60);

    /// <summary>The message when a PDF has no text layer (a scan).</summary>
    public const string NoTextLayerMessage = "Tệp PDF không có lớp văn bản (bản quét). Hãy dùng tệp có lớp chữ hoặc dán nội dung.";

    /// <summary>The message when pdftotext is not installed.</summary>
    public const string NoPdfToolMessage = "Máy chủ chưa có công cụ đọc PDF (pdftotext, gói poppler-utils). Hãy dùng tệp .docx/.txt hoặc dán nội dung.";

    /// <summary>Reads <paramref name="content"/>, choosing the format by <paramref name="fileName"/>'s extension and the file's signature.</summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Bad uploads must give a message, never an exception.")]
    public static async Task<TextReadResult> ReadAsync(Stream content, string fileName, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        byte[] bytes;
        try
        {
            bytes = await ReadAllAsync(content, ct);
        }
        catch (InvalidDataException)
        {
            return TextReadResult.Fail("Tệp quá lớn (tối đa 50 MB).", null);
        }

        var extension = Path.GetExtension(fileName ?? string.Empty).ToLowerInvariant();
        var isPdf = extension == ".pdf" || StartsWith(bytes, "%PDF"u8);
        var isZip = StartsWith(bytes, "PK"u8);
        try
        {
            if (extension == ".pdf")
            {
                return await ReadPdfAsync(bytes, ct);
            }

            if (extension == ".docx" || (isZip && extension is not ".txt"))
            {
                return ReadDocx(bytes);
            }

            if (extension == ".doc")
            {
                return TextReadResult.Fail("Tệp .doc (Word 97-2003) chưa được hỗ trợ; hãy lưu thành .docx hoặc PDF.", "doc");
            }

            if (isPdf)
            {
                return await ReadPdfAsync(bytes, ct);
            }

            return ReadText(bytes);
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

    /// <summary>Word: body paragraphs and table rows in document order, then footnotes.</summary>
    internal static TextReadResult ReadDocx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return TextReadResult.Fail("Tệp Word không có nội dung.", "docx");
        }

        var sb = new StringBuilder();
        AppendBlocks(body.ChildElements, sb);
        var footnotes = document.MainDocumentPart?.FootnotesPart?.Footnotes;
        if (footnotes is not null)
        {
            foreach (var footnote in footnotes.Elements<Footnote>())
            {
                if (footnote.Id is { } id && id.Value > 0)
                {
                    var text = string.Join(' ', footnote.Descendants<Paragraph>().Select(ParagraphText)).Trim();
                    if (text.Length > 0)
                    {
                        sb.Append("<sup>").Append(id.Value).Append("</sup> ").AppendLine(text);
                    }
                }
            }
        }

        return TextReadResult.Ok(Nfc(sb.ToString()), "docx");
    }

    private static void AppendBlocks(IEnumerable<OpenXmlElement> elements, StringBuilder sb)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    sb.AppendLine(ParagraphText(paragraph));
                    break;
                case Table table:
                    AppendTable(table, sb);
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is not null:
                    AppendBlocks(sdt.SdtContentBlock.ChildElements, sb);
                    break;
            }
        }
    }

    // A header table (issuer | motto) becomes side-by-side columns separated by wide gaps, like pdftotext -layout.
    private static void AppendTable(Table table, StringBuilder sb)
    {
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>()
                .Select(c => c.Elements<Paragraph>().Select(ParagraphText).Where(t => t.Trim().Length > 0).ToList())
                .ToList();
            var height = cells.Count == 0 ? 0 : cells.Max(c => c.Count);
            for (var i = 0; i < height; i++)
            {
                sb.AppendLine(string.Join("      ", cells.Select(c => i < c.Count ? c[i] : string.Empty)).TrimEnd());
            }

            sb.AppendLine();
        }
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar:
                    sb.Append("   ");
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
                case FootnoteReference reference when reference.Id is not null:
                    sb.Append("<sup>").Append(reference.Id.Value).Append("</sup>");
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>PDF: the text layer through <c>pdftotext -layout</c>; a scan or a missing tool gives a message.</summary>
    internal static async Task<TextReadResult> ReadPdfAsync(byte[] bytes, CancellationToken ct)
    {
        if (!StartsWith(bytes, "%PDF"u8))
        {
            return TextReadResult.Fail("Tệp không phải PDF hợp lệ. " + NoTextLayerMessage, "pdf");
        }

        var path = Path.Combine(Path.GetTempPath(), "kycuong-" + Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            await File.WriteAllBytesAsync(path, bytes, ct);
            var start = new ProcessStartInfo("pdftotext")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var arg in (string[])["-layout", "-enc", "UTF-8", path, "-"])
            {
                start.ArgumentList.Add(arg);
            }

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new Win32Exception();
            }
            catch (Win32Exception)
            {
                return TextReadResult.Fail(NoPdfToolMessage, "pdf");
            }

            using (process)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(PdfTimeout);
                var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
                var errors = process.StandardError.ReadToEndAsync(timeout.Token);
                try
                {
                    await process.WaitForExitAsync(timeout.Token);
                    var text = await output;
                    _ = await errors;
                    if (process.ExitCode != 0)
                    {
                        return TextReadResult.Fail("Tệp PDF bị hỏng hoặc được bảo vệ; không đọc được. " + NoTextLayerMessage, "pdf");
                    }

                    if (text.Count(char.IsLetter) < 20)
                    {
                        return TextReadResult.Fail(NoTextLayerMessage, "pdf");
                    }

                    return TextReadResult.Ok(Nfc(text.Replace('\f', '\n')), "pdf");
                }
                catch (OperationCanceledException) when (!ct.IsCancellationRequested)
                {
                    process.Kill(entireProcessTree: true);
                    return TextReadResult.Fail("Đọc tệp PDF quá thời gian cho phép.", "pdf");
                }
            }
        }
        finally
        {
            TryDelete(path);
        }
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Cleaning a temp file must not mask the result.")]
    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception)
        {
            // A temp file left behind is harmless; the OS cleans /tmp.
        }
    }

    private static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
}
