using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.GetUnit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Organisation.Pages;

internal sealed class UnitModel(GetUnitHandler handler, IAccessControl access) : PageModel
{
    public UnitDetails Details { get; private set; } = null!;

    public bool CanManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        try
        {
            Details = await handler.HandleAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        CanManage = await access.HasAsync(Permission.ManageOrganisation, id, ct);
        return Page();
    }
}
