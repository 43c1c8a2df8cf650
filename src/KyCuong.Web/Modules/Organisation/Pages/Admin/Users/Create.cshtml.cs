using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.CreateUser;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.Pages.Admin.Users;

internal sealed class CreateModel(CreateUserHandler handler, IAccessControl access, UnitChoices unitChoices) : PageModel
{
    public sealed class InputModel
    {
        public string? UserName { get; set; }

        public string? FullName { get; set; }

        public string? Password { get; set; }

        public Guid? UnitId { get; set; }

        public string? Position { get; set; }

        public List<string> Roles { get; set; } = [];
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public List<SelectListItem> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.HasAnywhereAsync(Permission.ManageUsers, ct))
        {
            return Forbid();
        }

        await LoadUnitsAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await access.HasAnywhereAsync(Permission.ManageUsers, ct))
        {
            return Forbid();
        }

        var ok = await PageActions.TryAsync(ModelState, () => handler.HandleAsync(
            new CreateUserRequest(Input.UserName, Input.FullName, Input.Password, Input.UnitId, Input.Position, Input.Roles), ct));
        if (!ok)
        {
            await LoadUnitsAsync(ct);
            return Page();
        }

        TempData["Message"] = $"Đã tạo tài khoản {Input.UserName}.";
        return RedirectToPage("/Admin/Users/Index");
    }

    private async Task LoadUnitsAsync(CancellationToken ct)
    {
        Units = await unitChoices.InScopeAsync(Permission.ManageUsers, ct);
    }
}
