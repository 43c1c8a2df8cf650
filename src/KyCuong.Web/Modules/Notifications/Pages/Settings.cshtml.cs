using KyCuong.Web.Modules.Notifications.Domain;
using KyCuong.Web.Modules.Notifications.Preferences;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Notifications.Pages;

/// <summary>"Cài đặt nhận thư": how I receive notices by e-mail (immediately, a daily digest, or not at all).</summary>
internal sealed class SettingsModel(PreferencesHandler preferences) : PageModel
{
    [BindProperty]
    public string? EmailMode { get; set; }

    public bool HasEmail { get; private set; }

    public static IReadOnlyList<string> Modes => Modules.Notifications.Domain.EmailMode.All;

    public static string Label(string mode) => Modules.Notifications.Domain.EmailMode.Label(mode);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var current = await preferences.GetAsync(ct);
        EmailMode = current.EmailMode;
        HasEmail = current.HasEmail;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await PageActions.TryAsync(ModelState, () => preferences.SetAsync(new PreferencesRequest(EmailMode), ct), prefix: ""))
        {
            TempData["Message"] = "Đã lưu cách nhận thư: " + Label(EmailMode!) + ".";
            return RedirectToPage();
        }

        HasEmail = (await preferences.GetAsync(ct)).HasEmail;
        return Page();
    }
}
