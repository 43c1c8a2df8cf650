using KyCuong.Web.Platform.Demo;

namespace KyCuong.Web.Modules.Organisation.Seeding;

internal sealed class SeedOptions
{
    public bool DemoSeed { get; set; }

    public string? AdminUserName { get; set; }

    public string? AdminPassword { get; set; }

    public static SeedOptions From(AdminOptions admin, DemoMode demo) => new()
    {
        DemoSeed = demo.Seed,
        AdminUserName = admin.UserName,
        AdminPassword = admin.Password,
    };
}
