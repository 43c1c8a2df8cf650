using KyCuong.Documents;
using KyCuong.Documents.Packages;

namespace KyCuong.Web.Platform.Uploads;

/// <summary>
/// The one way an uploaded file is read, by the API and the pages alike (docs/operations.md, "Uploads"): its size is
/// bounded before anything is buffered; a file read as a document (.txt, .docx, .pdf, and a scan where OCR is offered) goes through
/// <see cref="DocumentTextReader"/>, which checks a package before reading it and bounds its XML, PDF and text, within a
/// time limit and with at most <see cref="MaxConcurrentReads"/> reads at once per process (a deployment runs one host per
/// process, so per host; hosts that share a process, as the tests' do, share the gate), so hostile files can neither
/// crash the host nor make it grow without bound; an attachment is kept as bytes and never interpreted.
/// </summary>
internal static class UploadReader
{
    /// <summary>The largest document read for its text.</summary>
    public const long MaxDocumentBytes = 20 * 1024 * 1024;

    /// <summary>The largest attachment read (a module may allow less).</summary>
    public const long MaxAttachmentBytes = 20 * 1024 * 1024;

    /// <summary>Reads of documents at once per process; more wait (each may hold its file and text in memory).</summary>
    public const int MaxConcurrentReads = 2;

    /// <summary>How long one read of a document and its extraction may take.</summary>
    public static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(30);

    private static readonly SemaphoreSlim Gate = new(MaxConcurrentReads, MaxConcurrentReads);

    /// <summary>The text of an uploaded document, or a Vietnamese message why it was refused (a scan is refused).</summary>
    public static Task<TextReadResult> ReadTextAsync(IFormFile file, CancellationToken ct) => ReadTextAsync(file, null, ct);

    /// <summary>
    /// The text of an uploaded document or, given <paramref name="ocr"/>, of a scan (a PDF without a text layer, a PNG,
    /// JPEG or TIFF image), or a Vietnamese message why it was refused.
    /// </summary>
    public static async Task<TextReadResult> ReadTextAsync(IFormFile file, IOcrEngine? ocr, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Length > MaxDocumentBytes)
        {
            return TextReadResult.Fail("Tệp lớn hơn 20 MB.", null);
        }

        return await RunBoundedAsync<TextReadResult>(async token =>
        {
            await using var stream = file.OpenReadStream();
            return await DocumentTextReader.ReadAsync(stream, file.FileName, ocr, token);
        }, TextReadResult.Fail("Đọc tệp quá thời gian cho phép (30 giây); tệp quá phức tạp.", null), ct);
    }

    /// <summary>Extracts from text within the time limit and the gate; null when it ran out of time.</summary>
    public static Task<DocumentExtraction?> ExtractAsync(string? text, CancellationToken ct) =>
        RunBoundedAsync<DocumentExtraction?>(token => Task.FromResult<DocumentExtraction?>(DocumentExtractor.ExtractCancellable(text, token)), null, ct);

    /// <summary>
    /// An attachment's bytes, reading at most <paramref name="maxBytes"/> (a stream longer than it declares is cut off
    /// there): null when the file is larger.
    /// </summary>
    public static async Task<byte[]?> ReadBytesAsync(Stream content, long maxBytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = await content.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + n > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    private static async Task<T> RunBoundedAsync<T>(Func<CancellationToken, Task<T>> work, T timedOut, CancellationToken ct)
        where T : class?
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(ReadTimeout);
        try
        {
            await Gate.WaitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return timedOut;
        }

        try
        {
            // Off the request thread: extraction is CPU work, and the token stops it when the client leaves or time runs out.
            return await Task.Run(() => work(limit.Token), limit.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return timedOut;
        }
        finally
        {
            Gate.Release();
        }
    }
}
