using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.ListUsers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Organisation.Pages.Admin.Users;

internal sealed class IndexModel(ListUsersHandler handler, IAccessControl access) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public UserPage Result { get; private set; } = new([], 1, 50, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await access.HasAnywhereAsync(Permission.ManageUsers, ct))
        {
            return Forbid();
        }

        Result = await handler.HandleAsync(Search, PageNumber, 50, ct);
        return Page();
    }
}
