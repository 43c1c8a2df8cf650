using System.ComponentModel.DataAnnotations;
using KyCuong.Web.Modules.Organisation.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace KyCuong.Web.Modules.Organisation.Pages.Account;

[EnableRateLimiting(Modules.Organisation.IssueToken.IssueTokenEndpoint.RateLimitPolicy)]
public sealed class LoginModel(SignInManager<AppUser> signIn, UserManager<AppUser> users) : PageModel
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

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            Error = "Hãy nhập tên đăng nhập và mật khẩu.";
            return Page();
        }

        var user = await users.FindByNameAsync(UserName.Trim());
        if (user is null || !user.IsActive)
        {
            Error = "Tên đăng nhập hoặc mật khẩu không đúng.";
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            Error = "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Hãy thử lại sau 15 phút.";
            return Page();
        }

        if (!result.Succeeded)
        {
            Error = "Tên đăng nhập hoặc mật khẩu không đúng.";
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }
}
