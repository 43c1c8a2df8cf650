using System.Text.Json;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Reports.GetReport;

/// <summary>docs/api.md: <c>{"id","unitId","period","from","to","sections":[{"title","figures":{…},"text"}],"status"}</c> and more.</summary>
internal sealed record ReportResponse(
    Guid Id,
    Guid RegimeId,
    string RegimeName,
    Guid UnitId,
    string UnitName,
    string Period,
    DateOnly From,
    DateOnly To,
    DateOnly DueDate,
    string Status,
    bool CanEdit,
    DateOnly? SubmittedOn,
    string? DocumentNumber,
    DateOnly? DocumentDate,
    IReadOnlyList<ReportSectionResponse> Sections,
    IReadOnlyList<FigureChangeResponse> Changes);

internal sealed record ReportSectionResponse(int Position, string Title, string Source, JsonElement Figures, string? Text);

internal sealed record FigureChangeResponse(int Position, string Figure, string? OldValue, string? NewValue, string Reason, DateTime AtUtc);

/// <summary>
/// One report. Until the unit first edits it the figures follow live data (re-computed on reading, as of the cut-off); from the
/// first edit they are the unit's, changed only with a recorded reason (docs/domain.md "Reports").
/// </summary>
internal sealed class GetReportHandler(AppDbContext db, ReportAccess reportAccess, ReportPrefill prefill, IUnitDirectory units, TimeProvider clock)
{
    public async Task<ReportResponse> HandleAsync(Guid id, CancellationToken ct)
    {
        var (report, regime) = await reportAccess.LoadReportAsync(id, tracking: true, ct);
        if (report.EditedAtUtc is null && !report.Submitted)
        {
            await prefill.RefreshAsync(report, ct);
            await db.SaveChangesAsync(ct);
        }

        return await DescribeAsync(report, regime, ct);
    }

    internal async Task<ReportResponse> DescribeAsync(Report report, ReportRegime regime, CancellationToken ct)
    {
        var unit = await units.FindAsync(report.UnitId, ct);
        var changes = await db.ReportFigureChanges.AsNoTracking().Where(c => c.ReportId == report.Id).OrderBy(c => c.AtUtc).ToListAsync(ct);
        return new ReportResponse(report.Id, regime.Id, regime.Name, report.UnitId, unit?.Name ?? "", report.Period, report.From, report.To, report.DueDate,
            report.Status(clock.Today()), !report.Submitted && await reportAccess.CanWriteAsync(report, ct), report.SubmittedOn, report.DocumentNumber, report.DocumentDate,
            [.. report.Sections.OrderBy(s => s.Position).Select(s => new ReportSectionResponse(s.Position, s.Title, s.Source, ReportPrefill.FiguresElement(s), s.Text))],
            [.. changes.Select(c => new FigureChangeResponse(c.Position, c.Figure, c.OldValue, c.NewValue, c.Reason, c.AtUtc))]);
    }
}
