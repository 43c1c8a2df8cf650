using KyCuong.Web.Modules.Notifications.Domain;
using KyCuong.Web.Modules.Notifications.Preferences;
using KyCuong.Web.Platform.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KyCuong.Web.Modules.Notifications.Pages;

/// <summary>"Cài đặt nhận thư": how I receive notices by e-mail (immediately, a daily digest, or not at all), by default and per category.</summary>
internal sealed class SettingsModel(PreferencesHandler preferences) : PageModel
{
    /// <summary>The value of a category's choice that gives it back to the default mode.</summary>
    public const string Default = "default";

    [BindProperty]
    public string? EmailMode { get; set; }

    /// <summary>Each category's choice: a mode, or <see cref="Default"/>.</summary>
    [BindProperty]
    public Dictionary<string, string> Categories { get; set; } = [];

    public bool HasEmail { get; private set; }

    public IReadOnlyList<CategoryPreference> CategoryList { get; private set; } = [];

    public static IReadOnlyList<string> Modes => Modules.Notifications.Domain.EmailMode.All;

    public static string Label(string mode) => Modules.Notifications.Domain.EmailMode.Label(mode);

    /// <summary>The short label of a mode in a category's list.</summary>
    public static string ShortLabel(string mode) => mode switch
    {
        Modules.Notifications.Domain.EmailMode.Immediate => "Gửi ngay",
        Modules.Notifications.Domain.EmailMode.Digest => "Thư tổng hợp hằng ngày",
        Modules.Notifications.Domain.EmailMode.None => "Không gửi thư",
        _ => mode,
    };

    public async Task OnGetAsync(CancellationToken ct) => Show(await preferences.GetAsync(ct));

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        // Only the known categories are read from the form; "default" gives a category back to the default mode.
        var asked = CategoryNames.All.Where(Categories.ContainsKey)
            .ToDictionary<string, string, string?>(c => c, c => Categories[c] == Default ? null : Categories[c], StringComparer.Ordinal);
        if (await PageActions.TryAsync(ModelState, () => preferences.SetAsync(new PreferencesRequest(EmailMode, asked), ct), prefix: ""))
        {
            TempData["Message"] = "Đã lưu cách nhận thư: " + Label(EmailMode!) + ".";
            return RedirectToPage();
        }

        var current = await preferences.GetAsync(ct);
        HasEmail = current.HasEmail;
        CategoryList = current.Categories;
        return Page();
    }

    private void Show(PreferencesResponse current)
    {
        EmailMode = current.EmailMode;
        HasEmail = current.HasEmail;
        CategoryList = current.Categories;
        Categories = current.Categories.ToDictionary(c => c.Category, c => c.Own ? c.EmailMode : Default, StringComparer.Ordinal);
    }
}
