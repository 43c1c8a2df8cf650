namespace KyCuong.Web.Modules.Organisation.Seeding;

/// <summary>docs/api.md: <c>Demo__Seed=false</c> starts empty but for the root unit and one administrator; <c>Admin__UserName</c>/<c>Admin__Password</c> make sure that account exists.</summary>
public sealed class SeedOptions
{
    public bool DemoSeed { get; set; } = true;

    public string? AdminUserName { get; set; }

    public string? AdminPassword { get; set; }

    public static SeedOptions From(IConfiguration c) => new()
    {
        DemoSeed = c.GetValue("Demo:Seed", true),
        AdminUserName = c["Admin:UserName"],
        AdminPassword = c["Admin:Password"],
    };
}
