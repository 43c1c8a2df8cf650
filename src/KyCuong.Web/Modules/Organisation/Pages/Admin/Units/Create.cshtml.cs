using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.CreateUnit;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.Pages.Admin.Units;

internal sealed class CreateModel(CreateUnitHandler handler, IAccessControl access, UnitChoices unitChoices) : PageModel
{
    public sealed class InputModel
    {
        public string? Name { get; set; }

        public string? ShortName { get; set; }

        public Guid? ParentId { get; set; }

        public UnitKind? Kind { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Parents { get; private set; } = [];

    public List<SelectListItem> Kinds { get; } = Enum.GetValues<UnitKind>().Select(k => new SelectListItem(UnitKinds.Label(k), k.ToString())).ToList();

    public async Task<IActionResult> OnGetAsync(Guid? parentId, CancellationToken ct)
    {
        if (!await access.HasAnywhereAsync(Permission.ManageOrganisation, ct))
        {
            return Forbid();
        }

        Input.ParentId = parentId;
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await access.HasAnywhereAsync(Permission.ManageOrganisation, ct))
        {
            return Forbid();
        }

        UnitDto? created = null;
        if (!await PageActions.TryAsync(ModelState, async () => created = await handler.HandleAsync(new CreateUnitRequest(Input.Name, Input.ShortName, Input.ParentId, Input.Kind), ct)))
        {
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = $"Đã thêm đơn vị {created!.Name}.";
        return Redirect($"/Organisation/Unit/{created.Id}");
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Parents = await unitChoices.InScopeAsync(Permission.ManageOrganisation, ct);
    }
}
