using KyCuong.Web.Modules.Organisation.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace KyCuong.Web.Modules.Organisation.Pages.Account;

/// <summary>
/// A new account's holder sets the first password through the one-time link an import gave the unit head (docs/domain.md
/// "Onboarding"): Identity's reset token, which the new password's security stamp invalidates, so the link works once.
/// </summary>
[EnableRateLimiting(Modules.Organisation.IssueToken.IssueTokenEndpoint.RateLimitPolicy)]
internal sealed class SetPasswordModel(UserManager<AppUser> users) : PageModel
{
    public const string Expired = "Liên kết đặt mật khẩu không còn hiệu lực (đã dùng hoặc quá hạn). Hãy liên hệ quản trị để được cấp liên kết mới.";

    [BindProperty(SupportsGet = true, Name = "user")]
    public Guid UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string Token { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string Confirm { get; set; } = "";

    public string? Error { get; private set; }

    public bool Done { get; private set; }

    public string? UserName { get; private set; }

    public async Task OnGetAsync()
    {
        var user = await users.FindByIdAsync(UserId.ToString());
        UserName = user is { IsActive: true } ? user.UserName : null;
        if (UserName is null)
        {
            Error = Expired;
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByIdAsync(UserId.ToString());
        if (user is not { IsActive: true })
        {
            Error = Expired;
            return Page();
        }

        UserName = user.UserName;
        if (Password.Length == 0 || Password != Confirm)
        {
            Error = "Hai lần nhập mật khẩu phải giống nhau.";
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Token, Password);
        if (!result.Succeeded)
        {
            Error = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                ? Expired
                : string.Join(" ", result.Errors.Select(IdentityMessages.Vietnamese));
            return Page();
        }

        Done = true;
        return Page();
    }
}
