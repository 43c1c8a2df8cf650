using KyCuong.Web.Modules.Reports.Consolidate;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Reports.Pages;

/// <summary>
/// The owner's consolidated report for a period (docs/domain.md "Reports"): figures summed over the submitted reports, the units'
/// narratives, and the gaps. The owner side only; others 404 (the same handler as the API).
/// </summary>
internal sealed class ConsolidatedModel(ConsolidateHandler handler) : PageModel
{
    public ConsolidatedResponse Result { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid regimeId, string period, CancellationToken ct)
    {
        try
        {
            Result = await handler.HandleAsync(regimeId, period, ct);
            return Page();
        }
        catch (Exception e) when (e is NotFoundException or RequestValidationException or ForbiddenException)
        {
            return NotFound();
        }
    }
}
