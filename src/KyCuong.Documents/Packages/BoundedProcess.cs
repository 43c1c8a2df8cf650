using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace KyCuong.Documents.Packages;

/// <summary>How a bounded child process ended.</summary>
internal enum ProcessEnd
{
    /// <summary>It exited by itself (see <see cref="ProcessRun.ExitCode"/>).</summary>
    Exited,

    /// <summary>The program is not installed.</summary>
    NotFound,

    /// <summary>It ran longer than allowed and was killed.</summary>
    TimedOut,

    /// <summary>It wrote more than allowed and was killed.</summary>
    TooMuchOutput,
}

/// <summary>What a bounded child process gave: its standard output (UTF-8), the start of its errors, how it ended.</summary>
internal sealed record ProcessRun(ProcessEnd End, int ExitCode, string Output, string Errors)
{
    public bool Succeeded => End == ProcessEnd.Exited && ExitCode == 0;
}

/// <summary>
/// Runs a command-line tool on an uploaded file (pdftotext, pdftoppm, tesseract) so that a hostile or huge file cannot
/// stop the host: no shell (arguments are passed as a list), both pipes drained at once (a full stderr pipe would block
/// the tool), standard output bounded in characters, a time limit, and the tool and its children killed whatever happens
/// — timed out, cancelled by the client, output too long (docs/operations.md, "Uploads").
/// </summary>
internal static class BoundedProcess
{
    private const int MaxErrorCharacters = 64 * 1024;

    public static async Task<ProcessRun> RunAsync(
        string program, IEnumerable<string> arguments, int maxOutputCharacters, TimeSpan timeout, CancellationToken ct,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in arguments)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception();
        }
        catch (Win32Exception)
        {
            return new ProcessRun(ProcessEnd.NotFound, -1, string.Empty, string.Empty);
        }

        using (process)
        {
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(timeout);
            try
            {
                var errors = DrainAsync(process.StandardError, MaxErrorCharacters, limit.Token);
                var output = await DrainAsync(process.StandardOutput, maxOutputCharacters, limit.Token);
                if (output is null)
                {
                    return new ProcessRun(ProcessEnd.TooMuchOutput, -1, string.Empty, string.Empty);
                }

                var error = await errors ?? string.Empty;
                await process.WaitForExitAsync(limit.Token);
                return new ProcessRun(ProcessEnd.Exited, process.ExitCode, output, error);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                return new ProcessRun(ProcessEnd.TimedOut, -1, string.Empty, string.Empty);
            }
            finally
            {
                KillQuietly(process);
            }
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

    /// <summary>A fresh private folder under the temp path for one read's files (deleted with <see cref="DeleteQuietly"/>).</summary>
    public static string CreateWorkFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "kycuong-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Cleaning temp files must not mask the result.")]
    public static void DeleteQuietly(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception)
        {
            // A temp file left behind is harmless; the OS cleans /tmp.
        }
    }
}
