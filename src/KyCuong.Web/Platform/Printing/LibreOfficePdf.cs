using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Platform.Printing;

/// <summary>The PDF cannot be made now: LibreOffice is not installed, the conversion took too long, or too many wait (503, the DOCX still can).</summary>
internal sealed class PdfUnavailableException(string message) : Exception(message)
{
    public PdfUnavailableException()
        : this("Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; hãy tải bản DOCX. / LibreOffice is not installed: PDF export is unavailable.")
    {
    }

    public static PdfUnavailableException Busy() =>
        new("Máy chủ đang bận chuyển đổi PDF; hãy thử lại sau ít phút hoặc tải bản DOCX. / The PDF converter is busy: try again later or download the DOCX.");

    public static PdfUnavailableException TooSlow() =>
        new("Chuyển đổi PDF quá thời gian cho phép; hãy thử lại sau hoặc tải bản DOCX. / The PDF conversion took too long: try again later or download the DOCX.");
}

/// <summary>
/// A DOCX the application wrote (<see cref="Decree30Docx"/>) converted to PDF by LibreOffice headless, for every module that exports.
/// Bounded (<see cref="PdfOptions"/>): at most <c>MaxConcurrent</c> conversions at once, each in a LibreOffice profile of its own that
/// is kept and reused, so only a profile's first conversion pays LibreOffice's first-start set-up (the profile's creation; about half
/// of a cold conversion here, docs/performance.md); at most <c>MaxQueued</c> waiting, more are refused at once; each conversion within
/// <c>TimeoutSeconds</c>, else killed and its profile discarded (a killed LibreOffice may leave it locked).
/// </summary>
internal sealed class LibreOfficePdf : IDisposable
{
    private static readonly string[] Candidates = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"];

    private readonly PdfOptions _options;
    private readonly string _root;
    private readonly bool _ownsRoot;
    private readonly SemaphoreSlim _running;
    private readonly ConcurrentQueue<int> _free = new();
    private int _admitted;

    public LibreOfficePdf(IOptions<PdfOptions> options)
    {
        _options = options.Value;
        _ownsRoot = _options.ProfileDirectory.Length == 0;
        _root = _ownsRoot ? Path.Combine(Path.GetTempPath(), $"kycuong-pdf-{Environment.ProcessId}-{Guid.NewGuid():N}") : _options.ProfileDirectory;
        _running = new SemaphoreSlim(_options.MaxConcurrent, _options.MaxConcurrent);
        for (var i = 0; i < _options.MaxConcurrent; i++)
        {
            _free.Enqueue(i);
        }
    }

    /// <summary>How many profiles convert at once (the pre-warm converts once in each).</summary>
    public int Slots => _options.MaxConcurrent;

    /// <summary>The soffice program, or null when LibreOffice is not installed.</summary>
    public string? Soffice => _options.SofficePath.Length > 0 ? (File.Exists(_options.SofficePath) ? _options.SofficePath : null) : Candidates.FirstOrDefault(File.Exists);

    public async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken ct)
    {
        var soffice = Soffice ?? throw new PdfUnavailableException();
        // Admission: the running ones and the waiting ones together; one more than both bounds is refused without waiting.
        if (Interlocked.Increment(ref _admitted) > _options.MaxConcurrent + _options.MaxQueued)
        {
            Interlocked.Decrement(ref _admitted);
            throw PdfUnavailableException.Busy();
        }

        try
        {
            if (!await _running.WaitAsync(TimeSpan.FromSeconds(_options.QueueTimeoutSeconds), ct))
            {
                throw PdfUnavailableException.Busy();
            }

            // The semaphore guarantees a free profile: as many permits as profiles.
            _free.TryDequeue(out var slot);
            try
            {
                return await ConvertInAsync(soffice, slot, docx, ct);
            }
            finally
            {
                _free.Enqueue(slot);
                _running.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _admitted);
        }
    }

    /// <summary>The node's own glibc tunables kept, with the allocator's huge pages asked for (PdfOptions.HugePages).</summary>
    internal static string WithHugePages(string? tunables)
    {
        const string HugePages = "glibc.malloc.hugetlb=1";
        var kept = (tunables ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Where(t => !t.StartsWith("glibc.malloc.hugetlb=", StringComparison.Ordinal));
        return string.Join(':', kept.Append(HugePages));
    }

    private async Task<byte[]> ConvertInAsync(string soffice, int slot, byte[] docx, CancellationToken ct)
    {
        // The profile (and HOME) of this slot is reused by the slot's next conversion; the files of this one are its own.
        var profile = Path.Combine(_root, $"profile-{slot}");
        Directory.CreateDirectory(profile);
        var dir = Directory.CreateTempSubdirectory("kycuong-pdf-");
        try
        {
            var input = Path.Combine(dir.FullName, "report.docx");
            await File.WriteAllBytesAsync(input, docx, ct);
            var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.Environment["HOME"] = profile;
            if (_options.HugePages)
            {
                start.Environment["GLIBC_TUNABLES"] = WithHugePages(start.Environment.TryGetValue("GLIBC_TUNABLES", out var tunables) ? tunables : null);
            }
            foreach (var arg in new[] { $"-env:UserInstallation={new Uri(Path.Combine(profile, "user")).AbsoluteUri}", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.FullName, input })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new PdfUnavailableException();
            // Drained so a talkative LibreOffice never blocks on a full pipe.
            var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
            var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
                TryDelete(profile);
                ct.ThrowIfCancellationRequested();
                throw PdfUnavailableException.TooSlow();
            }

            await Task.WhenAll(output, errors);
            var pdf = Path.Combine(dir.FullName, "report.pdf");
            return File.Exists(pdf) ? await File.ReadAllBytesAsync(pdf, ct) : throw new PdfUnavailableException();
        }
        finally
        {
            TryDelete(dir.FullName);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next start or the system's temporary folder cleaning.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    public void Dispose()
    {
        _running.Dispose();
        if (_ownsRoot && Directory.Exists(_root))
        {
            TryDelete(_root);
        }
    }
}
