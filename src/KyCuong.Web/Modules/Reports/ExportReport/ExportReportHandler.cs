using System.Diagnostics;
using System.Text.RegularExpressions;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Modules.Reports.GetReport;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Reports.ExportReport;

internal sealed record ExportedFile(byte[] Content, string ContentType, string FileName);

/// <summary>LibreOffice is not installed on this host: the PDF cannot be made (503, the DOCX still can).</summary>
internal sealed class PdfUnavailableException() : Exception("Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; hãy tải bản DOCX. / LibreOffice is not installed: PDF export is unavailable.");

/// <summary>
/// A report as DOCX (Decree 30/2020/NĐ-CP layout), PDF (that DOCX converted by LibreOffice headless) or XLSX (the figures with a
/// title block). Whoever may read the report may export it.
/// </summary>
internal sealed partial class ExportReportHandler(ReportAccess reportAccess, GetReportHandler describe, IUnitDirectory units, TimeProvider clock)
{
    private static readonly string[] Candidates = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"];

    public async Task<ExportedFile> HandleAsync(Guid id, string? format, CancellationToken ct)
    {
        if (format is not ("docx" or "pdf" or "xlsx"))
        {
            throw RequestValidationException.For("format", "Định dạng phải là docx, pdf hoặc xlsx. / format must be docx, pdf or xlsx.");
        }

        var (report, regime) = await reportAccess.LoadReportAsync(id, tracking: false, ct);
        var response = await describe.DescribeAsync(report, regime, ct);
        var unit = await units.FindAsync(report.UnitId, ct);
        var superior = unit?.ParentId is { } p ? await units.FindAsync(p, ct) : null;
        var owner = await units.FindAsync(regime.OwnerUnitId, ct);
        var period = ReportPeriod.TryParse(report.Period, Periodicity.Once, out var parsed, out _) ? parsed!.Vietnamese() : report.Period;
        var header = new ReportHeader(superior?.Name ?? "", unit?.Name ?? "", unit?.ShortName ?? "", PlaceOf(unit?.Name ?? superior?.Name ?? ""),
            report.DocumentDate ?? clock.Today(), owner?.Name ?? "", $"{regime.Name} {period}".Trim());
        var stem = $"bao-cao-{report.Period}-{unit?.ShortName ?? "don-vi"}";
        switch (format)
        {
            case "docx":
                return new ExportedFile(ReportDocx.Build(response, header), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", stem + ".docx");
            case "xlsx":
                var title = new ExportTitle(header.Superior, header.Issuer, "BÁO CÁO " + header.Subject.ToUpperInvariant(), header.Issuer,
                    ExportTitle.PeriodText(report.From, report.To, clock.Today()), clock.Today());
                var rows = response.Sections.SelectMany(s => s.Figures.EnumerateObject().Select(f => (IReadOnlyList<object?>)
                    [s.Title, FigureLabels.Of(f.Name), f.Value.ValueKind == System.Text.Json.JsonValueKind.Number ? f.Value.GetDecimal() : null]));
                return new ExportedFile(TableExport.ToXlsx("Báo cáo", title, ["Mục", "Chỉ tiêu", "Số liệu"], rows),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stem + ".xlsx");
            default:
                return new ExportedFile(await ToPdfAsync(ReportDocx.Build(response, header), ct), "application/pdf", stem + ".pdf");
        }
    }

    /// <summary>"Sở Tư pháp tỉnh An Giang" → "An Giang": the place line names the province or city (Decree 30/2020, Appendix I).</summary>
    internal static string PlaceOf(string unitName) => PlacePattern().Match(unitName) is { Success: true } m ? m.Groups[1].Value : "……";

    /// <summary>At most this long per conversion (a cold LibreOffice start takes 4–6 s here); then the process is killed and the answer is 503.</summary>
    internal static readonly TimeSpan PdfTimeout = TimeSpan.FromSeconds(60);

    private static async Task<byte[]> ToPdfAsync(byte[] docx, CancellationToken ct)
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

    [GeneratedRegex(@"(?:tỉnh|thành phố) (.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex PlacePattern();
}
