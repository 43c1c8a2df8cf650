using System.Globalization;
using System.Text.Json;
using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Modules.Reports.EditSection;
using KyCuong.Web.Modules.Reports.ExportReport;
using KyCuong.Web.Modules.Reports.GetReport;
using KyCuong.Web.Modules.Reports.SubmitReport;
using KyCuong.Web.Platform.Printing;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Reports.Pages;

/// <summary>
/// One unit's report (docs/domain.md "Reports"): pre-filled sections, narrative typed by the unit, figures changed only with a recorded
/// reason, submission with the outgoing document's number and date, and the exports. The same handlers as the API; a reader who is not
/// an official of the reporting unit sees it read-only.
/// </summary>
internal sealed class ReportModel(GetReportHandler get, EditSectionHandler edit, SubmitReportHandler submit, ExportReportHandler export) : PageModel
{
    public ReportResponse Report { get; private set; } = null!;

    public int? FailedSection { get; private set; }

    /// <summary>What the unit typed in the section that failed, shown again instead of the stored values.</summary>
    public string? PostedText { get; private set; }

    public string? PostedReason { get; private set; }

    public IReadOnlyDictionary<string, string?> PostedFigures { get; private set; } = new Dictionary<string, string?>();

    [BindProperty]
    public string? DocumentNumber { get; set; }

    [BindProperty]
    public DateOnly? DocumentDate { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSectionAsync(Guid id, int position, string? text, string? reason, CancellationToken ct)
    {
        // The figures come as figures[name]; read them from the form itself (a dictionary binder would also take text and reason).
        var figures = Request.Form.Keys.Where(k => k.StartsWith("figures[", StringComparison.Ordinal) && k.EndsWith(']'))
            .ToDictionary(k => k[8..^1], k => (string?)Request.Form[k].ToString(), StringComparer.Ordinal);
        PostedText = text;
        PostedReason = reason;
        PostedFigures = figures;
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        var section = Report.Sections.FirstOrDefault(s => s.Position == position);
        if (section is null)
        {
            return NotFound();
        }

        var changed = new Dictionary<string, decimal?>();
        foreach (var (name, raw) in figures)
        {
            var current = section.Figures.ValueKind == JsonValueKind.Object && section.Figures.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : (decimal?)null;
            decimal? value = null;
            if (!string.IsNullOrWhiteSpace(raw))
            {
                if (!decimal.TryParse(raw.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed))
                {
                    ModelState.AddModelError(string.Empty, $"«{FigureLabels.Of(name)}» phải là một số.");
                    FailedSection = position;
                    return Page();
                }

                value = parsed;
            }

            if (value != current)
            {
                changed[name] = value;
            }
        }

        var request = new EditSectionRequest(text, changed.Count == 0 ? null : changed, reason);
        if (await PageActions.TryAsync(ModelState, () => edit.HandleAsync(id, position, request, ct), ""))
        {
            TempData["Message"] = $"Đã lưu mục «{section.Title}».";
            return Redirect($"/Reports/Report/{id}#section-{position}");
        }

        FailedSection = position;
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken ct)
    {
        if (await PageActions.TryAsync(ModelState, () => submit.HandleAsync(id, new SubmitReportRequest(DocumentNumber, DocumentDate), ct), ""))
        {
            TempData["Message"] = "Đã gửi báo cáo.";
            return Redirect($"/Reports/Report/{id}");
        }

        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public Task<IActionResult> OnGetExportAsync(Guid id, string? format, CancellationToken ct) =>
        DocumentExport.ToPageResultAsync(this, () => export.HandleAsync(id, format, ct), $"/Reports/Report/{id}");

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Report = await get.HandleAsync(id, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
