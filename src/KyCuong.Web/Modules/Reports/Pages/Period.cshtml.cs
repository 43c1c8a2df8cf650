using KyCuong.Web.Modules.Reports.Domain;
using KyCuong.Web.Modules.Reports.GetPeriod;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Reports.Pages;

/// <summary>
/// A period's tracking table (docs/domain.md "Reports", tracking): who has submitted, who is late and by how many working days. The owner
/// side sees every unit; a reporting unit its own row (the same handler as <c>GET /api/v1/report-regimes/{id}/periods/{period}</c>).
/// </summary>
internal sealed class PeriodModel(GetPeriodHandler handler, ReportAccess reportAccess) : PageModel
{
    public PeriodResponse Period { get; private set; } = null!;

    public ReportRegime Regime { get; private set; } = null!;

    public ReportPeriod Parsed { get; private set; } = null!;

    public bool Owner { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid regimeId, string period, CancellationToken ct)
    {
        try
        {
            Regime = await reportAccess.LoadRegimeAsync(regimeId, ct);
            Period = await handler.HandleAsync(regimeId, period, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (RequestValidationException e)
        {
            Error = e.Errors.SelectMany(x => x.Value).FirstOrDefault();
            return NotFound();
        }

        ReportPeriod.TryParse(Period.Period, Regime.Periodicity, out var parsed, out _);
        Parsed = parsed!;
        Owner = await reportAccess.ReadsWholeRegimeAsync(Regime, ct);
        return Page();
    }
}
