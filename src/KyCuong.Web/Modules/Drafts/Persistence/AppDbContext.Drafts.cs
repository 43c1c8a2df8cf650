using KyCuong.Web.Modules.Drafts.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<Draft> Drafts => Set<Draft>();

    private static void ConfigureDrafts(ModelBuilder b) =>
        b.Entity<Draft>(e =>
        {
            e.ToTable("dft_drafts");
            e.HasKey(x => x.Id);
            e.Property(x => x.Type).HasMaxLength(30).IsRequired();
            e.Property(x => x.Subject).HasMaxLength(2000).IsRequired();
            e.Property(x => x.Body).HasMaxLength(100_000).IsRequired();
            e.Property(x => x.Recipients).HasMaxLength(4000).IsRequired();
            e.Property(x => x.Signer).HasMaxLength(200);
            e.Property(x => x.SignerPosition).HasMaxLength(200);
            e.Property(x => x.SigningForm).HasMaxLength(10).IsRequired();
            e.Property(x => x.SigningAuthority).HasMaxLength(300);
            e.Property(x => x.Status).HasMaxLength(20).IsRequired();
            e.Property(x => x.NumberSymbol).HasMaxLength(100);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Ignore(x => x.RecipientList);
            e.Ignore(x => x.IsIssued);
            // The list: a unit's drafts, latest change first.
            e.HasIndex(x => new { x.UnitId, x.UpdatedAtUtc });
        });
}
