using KyCuong.Web.Modules.Procedures.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<Procedure> Procedures => Set<Procedure>();

    public DbSet<SimplificationPlan> SimplificationPlans => Set<SimplificationPlan>();

    public DbSet<SimplificationItem> SimplificationItems => Set<SimplificationItem>();

    private static void ConfigureProcedures(ModelBuilder b)
    {
        b.Entity<Procedure>(ConfigureProcedure);
        b.Entity<SimplificationPlan>(e =>
        {
            e.ToTable("proc_simplification_plans");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(500).IsRequired();
            // One plan per body and year.
            e.HasIndex(x => new { x.BodyUnitId, x.Year }).IsUnique();
        });
        b.Entity<SimplificationItem>(e =>
        {
            e.ToTable("proc_simplification_items");
            e.HasKey(x => x.Id);
            e.Property(x => x.Action).HasMaxLength(20).IsRequired();
            e.Property(x => x.Status).HasMaxLength(20).IsRequired();
            e.HasIndex(x => new { x.PlanId, x.ProcedureId }).IsUnique();
            e.HasIndex(x => x.ProcedureId);
        });
    }

    private static void ConfigureProcedure(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Procedure> e)
    {
        e.ToTable("proc_procedures");
        e.HasKey(x => x.Id);
        e.Property(x => x.Code).HasMaxLength(50).IsRequired();
        e.Property(x => x.Name).HasMaxLength(500).IsRequired();
        e.Property(x => x.Sequence).HasMaxLength(8000);
        e.Property(x => x.Method).HasMaxLength(2000);
        e.Property(x => x.Dossier).HasMaxLength(8000);
        e.Property(x => x.Subjects).HasMaxLength(2000);
        e.Property(x => x.Agency).HasMaxLength(2000);
        e.Property(x => x.Result).HasMaxLength(2000);
        e.Property(x => x.Fees).HasMaxLength(2000);
        e.Property(x => x.LegalBasis).HasMaxLength(4000);
        e.Property(x => x.Status).HasMaxLength(20).IsRequired();
        e.Property(x => x.FrequencyPerYear).HasPrecision(18, 4);
        e.Ignore(x => x.AnnualComplianceCost);
        e.HasIndex(x => x.Code).IsUnique();
        e.HasIndex(x => new { x.BodyUnitId, x.Status });
    }
}
