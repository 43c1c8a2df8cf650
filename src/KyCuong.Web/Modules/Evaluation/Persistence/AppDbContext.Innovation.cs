using KyCuong.Web.Modules.Evaluation.Innovation.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<InnovationProposal> EvaluationInnovationProposals => Set<InnovationProposal>();

    public DbSet<InnovationVoter> EvaluationInnovationVoters => Set<InnovationVoter>();

    public DbSet<InnovationTask> EvaluationInnovationTasks => Set<InnovationTask>();

    /// <summary>Innovation proposals under Nghị định 73/2023/NĐ-CP (docs/domain.md "Evaluation: innovation proposals").</summary>
    private static void ConfigureInnovation(ModelBuilder b)
    {
        b.Entity<InnovationProposal>(e =>
        {
            e.ToTable("eval_innovation_proposals");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(500).IsRequired();
            e.Property(x => x.Problem).HasMaxLength(8000).IsRequired();
            e.Property(x => x.Proposal).HasMaxLength(8000).IsRequired();
            e.Property(x => x.Scope).HasMaxLength(4000).IsRequired();
            e.Property(x => x.ExpectedOutcome).HasMaxLength(4000).IsRequired();
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.DecidedBy).HasMaxLength(10);
            e.Property(x => x.DecisionNumber).HasMaxLength(100);
            e.Property(x => x.DecisionReason).HasMaxLength(4000);
            e.HasIndex(x => x.ProposerUserId);
            e.HasIndex(x => x.BodyUnitId);
            e.HasMany(x => x.Voters).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Tasks).WithOne().HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<InnovationVoter>(e =>
        {
            e.ToTable("eval_innovation_voters");
            e.HasKey(x => new { x.ProposalId, x.UserId });
            e.Property(x => x.Comment).HasMaxLength(2000);
            e.HasIndex(x => x.UserId);
        });
        b.Entity<InnovationTask>(e =>
        {
            e.ToTable("eval_innovation_tasks");
            e.HasKey(x => new { x.ProposalId, x.TaskId });
            e.HasIndex(x => x.TaskId);
        });
    }
}
