using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using KyCuong.Documents.Packages;

namespace KyCuong.Documents;

/// <summary>
/// Reads an uploaded document into plain text: .txt (UTF-8, UTF-16 with BOM, Windows-1258 fallback),
/// .docx (paragraphs and tables in order) and .pdf (the text layer, through poppler's pdftotext).
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
                    return await ReadPdfAsync(bytes, ct);
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
                    return isPdf ? await ReadPdfAsync(bytes, ct) : isZip ? DocxTextReader.Read(bytes, ct) : ReadText(bytes);
                default:
                    return TextReadResult.Fail($"Chỉ nhận tệp .txt, .docx hoặc .pdf (tệp gửi có đuôi {Shorten(extension)}).", extension.TrimStart('.'));
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
                try
                {
                    // Both pipes drained at once (a full stderr pipe would block the tool); stdout bounded in characters.
                    var errors = DrainAsync(process.StandardError, 64 * 1024, timeout.Token);
                    var output = DrainAsync(process.StandardOutput, MaxPdfTextLength, timeout.Token);
                    var text = await output;
                    if (text is null)
                    {
                        return TextReadResult.Fail("Tệp PDF có lớp chữ quá dài (hơn 4 triệu ký tự); hãy tách thành nhiều tệp.", "pdf");
                    }

                    _ = await errors;
                    await process.WaitForExitAsync(timeout.Token);
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
                    return TextReadResult.Fail("Đọc tệp PDF quá thời gian cho phép (20 giây).", "pdf");
                }
                finally
                {
                    // Timed out, cancelled by the client, output too long: the tool never outlives the request.
                    KillQuietly(process);
                }
            }
        }
        finally
        {
            TryDelete(path);
        }
    }

    // Reads up to `max` characters; null when there is more (the caller then kills the producer).
    private static async Task<string?> DrainAsync(StreamReader reader, int max, CancellationToken ct)
    {
        var sb = new StringBuilder();
        var buffer = new char[16 * 1024];
        int n;
        while ((n = await reader.ReadAsync(buffer.AsMemory(), ct)) > 0)
        {
            if (sb.Length + n > max)
            {
                return null;
            }

            sb.Append(buffer, 0, n);
        }

        return sb.ToString();
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "A process that already exited cannot be killed; nothing to do.")]
    private static void KillQuietly(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (Exception)
        {
            // Exited between the check and the kill.
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
