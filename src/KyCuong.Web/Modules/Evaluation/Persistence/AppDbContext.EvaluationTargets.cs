using KyCuong.Web.Modules.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

/// <summary>Units' yearly target completion (Quy định 377-QĐ/TW; docs/domain.md "Evaluation: patterns and candidates").</summary>
internal sealed partial class AppDbContext
{
    public DbSet<UnitTargetResult> EvaluationUnitTargets => Set<UnitTargetResult>();

    private static void ConfigureEvaluationTargets(ModelBuilder b) => b.Entity<UnitTargetResult>(e =>
    {
        e.ToTable("eval_unit_targets");
        e.HasKey(x => x.Id);
        e.Property(x => x.Percent).HasPrecision(5, 2);
        e.Property(x => x.SourceDocument).HasMaxLength(100).IsRequired();
        e.HasIndex(x => new { x.UnitId, x.Year }).IsUnique();
    });
}
