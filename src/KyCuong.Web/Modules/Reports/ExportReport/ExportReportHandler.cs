using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Modules.Reports.GetReport;
using KyCuong.Web.Platform.Printing;
using KyCuong.Web.Platform.Time;
using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Reports.ExportReport;

/// <summary>
/// A report as DOCX (Decree 30/2020/NĐ-CP layout), PDF (that DOCX converted by LibreOffice headless) or XLSX (the figures with a
/// title block). Whoever may read the report may export it.
/// </summary>
internal sealed class ExportReportHandler(ReportAccess reportAccess, GetReportHandler describe, IUnitDirectory units, LibreOfficePdf pdf, TimeProvider clock)
{
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
        var header = new ReportHeader(superior?.Name ?? "", unit?.Name ?? "", unit?.ShortName ?? "", Decree30Docx.PlaceOf(unit?.Name ?? superior?.Name ?? ""),
            report.DocumentDate ?? clock.Today(), owner?.Name ?? "", $"{regime.Name} {period}".Trim());
        var stem = $"bao-cao-{report.Period}-{unit?.ShortName ?? "don-vi"}";
        switch (format)
        {
            case "docx":
                return await DocumentExport.DocxOrPdfAsync(pdf, ReportDocx.Build(response, header), format, stem, ct);
            case "xlsx":
                var title = new ExportTitle(header.Superior, header.Issuer, "BÁO CÁO " + header.Subject.ToUpperInvariant(), header.Issuer,
                    ExportTitle.PeriodText(report.From, report.To, clock.Today()), clock.Today());
                var rows = response.Sections.SelectMany(s => s.Figures.EnumerateObject().Select(f => (IReadOnlyList<object?>)
                    [s.Title, FigureLabels.Of(f.Name), f.Value.ValueKind == System.Text.Json.JsonValueKind.Number ? f.Value.GetDecimal() : null]));
                return new ExportedFile(TableExport.ToXlsx("Báo cáo", title, ["Mục", "Chỉ tiêu", "Số liệu"], rows),
                    DocumentExport.XlsxType, stem + ".xlsx");
            default:
                return await DocumentExport.DocxOrPdfAsync(pdf, ReportDocx.Build(response, header), format, stem, ct);
        }
    }
}
