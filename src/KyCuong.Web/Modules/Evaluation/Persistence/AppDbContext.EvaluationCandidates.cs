using KyCuong.Web.Modules.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

/// <summary>The leaders' decisions on candidates for commendation or review (docs/domain.md "Evaluation: patterns and candidates").</summary>
internal sealed partial class AppDbContext
{
    public DbSet<CandidateDecision> EvaluationCandidateDecisions => Set<CandidateDecision>();

    private static void ConfigureEvaluationCandidates(ModelBuilder b) => b.Entity<CandidateDecision>(e =>
    {
        e.ToTable("eval_candidate_decisions");
        e.HasKey(x => x.Id);
        e.Property(x => x.Kind).HasMaxLength(20).IsRequired();
        e.Property(x => x.Form).HasMaxLength(40).IsRequired();
        e.Property(x => x.DecisionNumber).HasMaxLength(100).IsRequired();
        e.Property(x => x.Note).HasMaxLength(2000);
        e.HasIndex(x => new { x.UnitId, x.Year });
        e.HasIndex(x => new { x.UserId, x.Year });
    });
}
