using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.ManageAccount;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.Pages.Admin.Users;

internal sealed class EditModel(ManageAccountHandler handler, IAccessControl access, UnitChoices unitChoices) : PageModel
{
    public AccountDetails Account { get; private set; } = null!;

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct);

    public async Task<IActionResult> OnPostAddPositionAsync(Guid id, Guid? unitId, string? position, List<string> roles, CancellationToken ct)
    {
        var ok = await PageActions.TryAsync(ModelState, () => handler.AddPositionAsync(id, new AddPositionRequest(unitId, position, roles), ct), prefix: "");
        return await AfterAsync(id, ok, "Đã thêm chức vụ.", ct);
    }

    public async Task<IActionResult> OnPostEndPositionAsync(Guid id, Guid positionId, CancellationToken ct)
    {
        var ok = await PageActions.TryAsync(ModelState, () => handler.EndPositionAsync(id, positionId, new EndPositionRequest(null), ct), prefix: "");
        return await AfterAsync(id, ok, "Đã kết thúc chức vụ.", ct);
    }

    public async Task<IActionResult> OnPostActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        var ok = await PageActions.TryAsync(ModelState, () => handler.SetActiveAsync(id, active, ct), prefix: "");
        return await AfterAsync(id, ok, active ? "Đã mở khóa tài khoản." : "Đã khóa tài khoản.", ct);
    }

    private async Task<IActionResult> AfterAsync(Guid id, bool ok, string message, CancellationToken ct)
    {
        if (ok)
        {
            TempData["Message"] = message;
            return RedirectToPage(new { id });
        }

        return await LoadAsync(id, ct);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken ct)
    {
        if (!await access.HasAnywhereAsync(Permission.ManageUsers, ct))
        {
            return Forbid();
        }

        try
        {
            Account = await handler.GetAsync(id, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }

        Units = await unitChoices.InScopeAsync(Permission.ManageUsers, ct);
        return Page();
    }
}
