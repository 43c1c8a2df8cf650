using KyCuong.Web.Modules.Competence.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<MatterKind> CompetenceMatters => Set<MatterKind>();

    public DbSet<CompetenceEntry> CompetenceEntries => Set<CompetenceEntry>();

    private static void ConfigureCompetence(ModelBuilder b)
    {
        b.Entity<MatterKind>(e =>
        {
            e.ToTable("cmp_matters");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(100);
            e.Property(x => x.Name).HasMaxLength(300).IsRequired();
            e.Property(x => x.Field).HasMaxLength(200);
        });
        b.Entity<CompetenceEntry>(e =>
        {
            e.ToTable("cmp_entries");
            e.HasKey(x => x.Id);
            e.Property(x => x.MatterCode).HasMaxLength(100);
            e.Property(x => x.UnitKind).HasMaxLength(40);
            e.Property(x => x.Role).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.LegalBasis).HasMaxLength(1000).IsRequired();
            e.HasOne<MatterKind>().WithMany().HasForeignKey(x => x.MatterCode).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => new { x.MatterCode, x.UnitId });
            e.HasIndex(x => x.UnitId);
        });
    }
}
