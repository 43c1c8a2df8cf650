using System.ComponentModel.DataAnnotations;
using KyCuong.Web.Modules.Organisation.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace KyCuong.Web.Modules.Organisation.Pages.Account;

[EnableRateLimiting(Modules.Organisation.IssueToken.IssueTokenEndpoint.RateLimitPolicy)]
internal sealed class LoginModel(SignInManager<AppUser> signIn, Modules.Organisation.IssueToken.PasswordSignIn passwords) : PageModel
{
    [BindProperty]
    [Required]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Error = "Hãy nhập tên đăng nhập và mật khẩu.";
            return Page();
        }

        // The same check as the API token: throttled per account and client, the same answer for unknown names (SECURITY.md).
        var result = await passwords.CheckAsync(UserName, Password, Modules.Organisation.IssueToken.PasswordSignIn.ClientOf(HttpContext));
        if (result.Outcome == Modules.Organisation.IssueToken.PasswordSignIn.Outcome.Throttled)
        {
            Error = $"Đăng nhập sai nhiều lần từ máy này. Hãy thử lại sau {Math.Ceiling(result.RetryAfter.TotalSeconds):0} giây.";
            return Page();
        }

        if (result.Outcome != Modules.Organisation.IssueToken.PasswordSignIn.Outcome.Succeeded)
        {
            Error = "Tên đăng nhập hoặc mật khẩu không đúng.";
            return Page();
        }

        await signIn.SignInAsync(result.User!, isPersistent: false);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
