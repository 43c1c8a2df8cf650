using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.RecordSuccession;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.Pages.Admin.Units;

internal sealed class SuccessionModel(RecordSuccessionHandler handler, IAccessControl access, IUnitDirectory directory) : PageModel
{
    public sealed class InputModel
    {
        public SuccessionKind? Kind { get; set; }

        public DateOnly? EffectiveOn { get; set; }

        public List<Guid> SuccessorIds { get; set; } = [];

        public string? NewName { get; set; }

        public string? NewShortName { get; set; }

        public string? LegalBasis { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Guid Id { get; private set; }

    public string UnitName { get; private set; } = "";

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        return await access.HasAsync(Permission.ManageOrganisation, id, ct) ? Page() : Forbid();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!await access.HasAsync(Permission.ManageOrganisation, id, ct))
        {
            return Forbid();
        }

        var ok = await PageActions.TryAsync(ModelState, () => handler.HandleAsync(id,
            new RecordSuccessionRequest(Input.Kind, Input.EffectiveOn, Input.SuccessorIds, Input.NewName, Input.NewShortName, Input.LegalBasis), ct));
        if (!ok)
        {
            return Page();
        }

        TempData["Message"] = "Đã ghi nhận việc kế thừa đơn vị.";
        return Redirect($"/Organisation/Unit/{id}");
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Id = id;
        var unit = await directory.FindAsync(id, ct);
        if (unit is null)
        {
            return false;
        }

        UnitName = unit.Name;
        Units = (await directory.ListAsync(ct)).Where(u => u.ValidTo == null && u.Id != id).OrderBy(u => u.Name, StringComparer.Ordinal)
            .Select(u => new SelectListItem(u.Name, u.Id.ToString())).ToList();
        return true;
    }
}
