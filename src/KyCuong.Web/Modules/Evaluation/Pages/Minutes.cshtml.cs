using KyCuong.Web.Modules.Evaluation.GradingMinutes;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Evaluation.Pages;

/// <summary>The minutes of one saved grading (biên bản xét xếp loại): who saved it, when, and each person's figures at that moment.</summary>
internal sealed class MinutesModel(GradingMinutesHandler handler) : PageModel
{
    public GradingMinutesDto? Minutes { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Minutes = await handler.MinutesAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        return Page();
    }
}
