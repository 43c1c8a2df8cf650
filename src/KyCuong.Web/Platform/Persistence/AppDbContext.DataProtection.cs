using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Persistence;

/// <summary>
/// The data-protection key ring (cookies, antiforgery tokens, set-password links) lives in the shared database, so that
/// what one node protects every other node can read (docs/operations.md "Several nodes").
/// </summary>
internal sealed partial class AppDbContext : IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    private static void ConfigureDataProtection(ModelBuilder b) =>
        b.Entity<DataProtectionKey>(e =>
        {
            e.ToTable("sys_data_protection_keys");
            e.HasKey(x => x.Id);
        });
}
