using KyCuong.Web.Modules.Evaluation.GetUnitEvaluation;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Evaluation.Pages;

/// <summary>
/// The manager's table (docs/domain.md "Evaluation"): each person's annual score and proposed grade, the counts and the cap on
/// "xuất sắc" checked before the leader decides. Without a unit named, the first unit the caller manages.
/// </summary>
internal sealed class UnitModel(GetUnitEvaluationHandler handler, IUnitDirectory units, ICurrentPerson me, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public UnitEvaluationDto? Result { get; private set; }

    public string UnitName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Year ??= clock.Today().Year;
        if (Id is null)
        {
            var grants = (await me.GetAsync(ct)).Grants;
            Id = grants.FirstOrDefault(g => g.Permissions.Contains("assignWork"))?.UnitId ?? (grants.Count > 0 ? grants[0].UnitId : null);
        }

        if (Id is not { } unitId)
        {
            return NotFound();
        }

        try
        {
            Result = await handler.HandleAsync(unitId, Year.Value, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (RequestValidationException)
        {
            return BadRequest();
        }

        UnitName = (await units.FindAsync(unitId, ct))?.Name ?? "";
        return Page();
    }
}
