using System.Collections.Frozen;
using KyCuong.Web.Platform.Demo;
using Microsoft.AspNetCore.Identity;

namespace KyCuong.Web.Platform.Auth;

/// <summary>
/// Passwords an attacker tries first are refused whatever their length and character classes: the few thousand most
/// common ones of at least <see cref="CommonPasswords.MinimumLength"/> characters (Data/common-passwords.txt, written by
/// scripts/common-passwords.py), and the demo accounts' published password outside a demo install (SECURITY.md).
/// Identity runs it on account creation and on every password change.
/// </summary>
internal sealed class PasswordPolicy<TUser>(DemoMode demo) : IPasswordValidator<TUser>
    where TUser : class
{
    public Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password)
    {
        if (password is null)
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (password == DemoMode.PublishedPassword && !demo.AllowsPublishedPassword)
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordPublishedDemo",
                Description = "Mật khẩu của tài khoản mẫu đã được công bố, không được dùng ngoài bản trình diễn. / The published demo password may not be used outside a demo install.",
            }));
        }

        if (CommonPasswords.Contains(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = "Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác. / This password is too common.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }
}

/// <summary>The common passwords list, embedded in the assembly; compared case-insensitively.</summary>
internal static class CommonPasswords
{
    /// <summary>Shorter passwords are refused by length already, so the list holds only passwords at least this long.</summary>
    public const int MinimumLength = 12;

    private static readonly Lazy<FrozenSet<string>> Set = new(Load);

    public static bool Contains(string password) => Set.Value.Contains(password.Trim().ToLowerInvariant());

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("KyCuong.Web.Platform.Auth.Data.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set.ToFrozenSet(StringComparer.Ordinal);
    }
}
