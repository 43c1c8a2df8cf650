using Microsoft.AspNetCore.Identity;

namespace KyCuong.Web.Modules.Organisation;

/// <summary>Vietnamese-first messages for ASP.NET Core Identity's error codes.</summary>
internal static class IdentityMessages
{
    public static string Vietnamese(IdentityError e) => e.Code switch
    {
        "PasswordTooShort" => $"Mật khẩu quá ngắn. / {e.Description}",
        "PasswordRequiresDigit" => $"Mật khẩu phải có chữ số. / {e.Description}",
        "PasswordRequiresLower" => $"Mật khẩu phải có chữ thường. / {e.Description}",
        "PasswordRequiresUpper" => $"Mật khẩu phải có chữ hoa. / {e.Description}",
        "PasswordRequiresNonAlphanumeric" => $"Mật khẩu phải có ký tự đặc biệt. / {e.Description}",
        "DuplicateUserName" => $"Tên đăng nhập đã tồn tại. / {e.Description}",
        "InvalidUserName" => $"Tên đăng nhập chỉ gồm chữ không dấu, số và . _ - @. / {e.Description}",
        _ => e.Description,
    };
}
