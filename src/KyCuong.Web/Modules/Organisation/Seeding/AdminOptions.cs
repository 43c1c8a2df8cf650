using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Modules.Organisation.Seeding;

/// <summary>
/// Settings under <c>Admin</c>: an administrator that exists in any mode, created at start when missing (README,
/// Configuration). The password is checked by the password policy when the account is created.
/// </summary>
internal sealed class AdminOptions
{
    public const string Section = "Admin";

    [StringLength(64, MinimumLength = 1)]
    [RegularExpression("^[A-Za-z0-9._@-]+$", ErrorMessage = "Admin:UserName chỉ gồm chữ không dấu, số và . _ @ -. / Admin:UserName allows letters, digits and . _ @ - only.")]
    public string? UserName { get; set; }

    [StringLength(256)]
    public string? Password { get; set; }
}
