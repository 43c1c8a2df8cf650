using Microsoft.AspNetCore.Identity;

namespace KyCuong.Web.Modules.Organisation.Domain;

/// <summary>An account (ASP.NET Core Identity) and the person behind it.</summary>
internal sealed class AppUser : IdentityUser<Guid>
{
    public string FullName { get; set; } = "";

    public bool IsActive { get; set; } = true;

    public DateTime CreatedAtUtc { get; set; }
}
