using KyCuong.Web.Modules.Chasing.Accountability;
using KyCuong.Web.Modules.Chasing.ClearFlag;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Chasing.Pages;

/// <summary>A person's accountability record: reminders, the transfer-review flag with its clearing form, returns, extensions.</summary>
internal sealed class PersonModel(AccountabilityHandler accountability, ClearFlagHandler clearFlag) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public AccountabilityResponse? Record { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostClearAsync(CancellationToken ct)
    {
        if (await PageActions.TryAsync(ModelState, () => clearFlag.HandleAsync(UserId, new ClearFlagRequest(Reason), ct), prefix: ""))
        {
            TempData["Message"] = "Đã gỡ cờ xem xét điều chuyển.";
            return RedirectToPage(new { userId = UserId });
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        try
        {
            Record = await accountability.HandleAsync(UserId, ct);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }
}
