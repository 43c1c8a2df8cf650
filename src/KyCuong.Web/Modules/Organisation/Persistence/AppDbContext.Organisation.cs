using KyCuong.Web.Modules.Organisation.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<UnitClosure> UnitClosures => Set<UnitClosure>();

    public DbSet<UnitSuccession> UnitSuccessions => Set<UnitSuccession>();

    public DbSet<Position> Positions => Set<Position>();

    public DbSet<Delegation> Delegations => Set<Delegation>();

    private static void ConfigureOrganisation(ModelBuilder b)
    {
        b.Entity<Unit>(e =>
        {
            e.ToTable("org_units");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(300).IsRequired();
            e.Property(x => x.ShortName).HasMaxLength(40).IsRequired();
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.SuccessorId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.ParentId);
            e.Property(x => x.Code).HasMaxLength(50);
            e.Property(x => x.AgencyCode).HasMaxLength(50);
            e.HasIndex(x => x.Code).IsUnique().HasFilter("\"Code\" IS NOT NULL");
        });
        b.Entity<UnitClosure>(e =>
        {
            e.ToTable("org_unit_closure");
            e.HasKey(x => new { x.AncestorId, x.DescendantId });
            e.HasIndex(x => new { x.DescendantId, x.AncestorId });
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.AncestorId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.DescendantId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<UnitSuccession>(e =>
        {
            e.ToTable("org_unit_successions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.LegalBasis).HasMaxLength(300);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.PredecessorId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.SuccessorId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.PredecessorId);
            e.HasIndex(x => x.SuccessorId);
        });
        b.Entity<Position>(e =>
        {
            e.ToTable("org_positions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(200).IsRequired();
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.UserId);
            e.HasIndex(x => x.UnitId);
        });
        b.Entity<Delegation>(e =>
        {
            e.ToTable("org_delegations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Reason).HasMaxLength(500).IsRequired();
            e.Property(x => x.DocumentReference).HasMaxLength(100);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.GrantorUserId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.GranteeUserId).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.GranteeUserId);
        });
    }
}
