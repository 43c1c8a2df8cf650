using System.Diagnostics;

namespace KyCuong.Web.Platform.Printing;

/// <summary>LibreOffice is not installed on this host: the PDF cannot be made (503, the DOCX still can).</summary>
internal sealed class PdfUnavailableException() : Exception("Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; hãy tải bản DOCX. / LibreOffice is not installed: PDF export is unavailable.");

/// <summary>A DOCX the application wrote (<see cref="Decree30Docx"/>) converted to PDF by LibreOffice headless, for every module that exports.</summary>
internal static class LibreOfficePdf
{
    private static readonly string[] Candidates = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"];

    /// <summary>At most this long per conversion (a cold LibreOffice start takes 4–6 s here); then the process is killed and the answer is 503.</summary>
    internal static readonly TimeSpan PdfTimeout = TimeSpan.FromSeconds(60);

    public static async Task<byte[]> ConvertAsync(byte[] docx, CancellationToken ct)
    {
        var soffice = Candidates.FirstOrDefault(File.Exists)
            ?? throw new PdfUnavailableException();
        // A profile and a HOME of its own per call: two conversions at once never share (and lock) a LibreOffice profile.
        var dir = Directory.CreateTempSubdirectory("kycuong-pdf-");
        try
        {
            var input = Path.Combine(dir.FullName, "report.docx");
            await File.WriteAllBytesAsync(input, docx, ct);
            var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.Environment["HOME"] = dir.FullName;
            foreach (var arg in new[] { $"-env:UserInstallation=file://{dir.FullName}/profile", "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.FullName, input })
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start) ?? throw new PdfUnavailableException();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(PdfTimeout);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                throw new PdfUnavailableException();
            }

            var output = Path.Combine(dir.FullName, "report.pdf");
            return File.Exists(output) ? await File.ReadAllBytesAsync(output, ct) : throw new PdfUnavailableException();
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
