using KyCuong.Web.Modules.Inspections.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<Inspection> Inspections => Set<Inspection>();

    public DbSet<InspectionCheckedUnit> InspectionCheckedUnits => Set<InspectionCheckedUnit>();

    public DbSet<InspectionRemedy> InspectionRemedies => Set<InspectionRemedy>();

    public DbSet<InspectionPlan> InspectionPlans => Set<InspectionPlan>();

    public DbSet<InspectionEvidence> InspectionEvidence => Set<InspectionEvidence>();

    private static void ConfigureInspections(ModelBuilder b)
    {
        b.Entity<InspectionPlan>(e =>
        {
            e.ToTable("insp_plans");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(500).IsRequired();
            e.Property(x => x.Status).HasMaxLength(20).IsRequired().IsConcurrencyToken();
            e.Ignore(x => x.IsApproved);
            e.HasMany(x => x.Lines).WithOne().HasForeignKey(x => x.PlanId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.BodyUnitId, x.Year });
        });
        b.Entity<InspectionEvidence>(e =>
        {
            e.ToTable("insp_evidence");
            e.HasKey(x => x.Id);
            e.Property(x => x.FileName).HasMaxLength(255).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
            e.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
            e.Property(x => x.Content).IsRequired();
            e.HasOne<Inspection>().WithMany().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<InspectionFinding>().WithMany().HasForeignKey(x => x.FindingId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.InspectionId);
            e.HasIndex(x => x.FindingId);
        });
        b.Entity<InspectionPlanLine>(e =>
        {
            e.ToTable("insp_plan_lines");
            e.HasKey(x => x.Id);
            e.Property(x => x.Topics).HasMaxLength(200).IsRequired();
            e.Property(x => x.Directive).HasMaxLength(300);
            e.Ignore(x => x.TopicCodes);
            e.Ignore(x => x.TopicLabels);
            e.HasIndex(x => x.PlanId);
            e.HasIndex(x => x.UnitId);
            // One check per line: a second decision from the same line is refused by the database too.
            e.HasIndex(x => x.InspectionId).IsUnique().HasFilter("\"InspectionId\" IS NOT NULL");
        });
        b.Entity<Inspection>(e =>
        {
            e.ToTable("insp_inspections");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(500).IsRequired();
            e.Property(x => x.Status).HasMaxLength(30).IsRequired().IsConcurrencyToken();
            e.Property(x => x.Conclusion).HasMaxLength(16000);
            e.Ignore(x => x.IsSecret);
            e.HasMany(x => x.CheckedUnits).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Team).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Topics).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Findings).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Explanations).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Remedies).WithOne().HasForeignKey(x => x.InspectionId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.OrderingUnitId, x.CreatedAtUtc });
        });
        b.Entity<InspectionCheckedUnit>(e =>
        {
            e.ToTable("insp_checked_units");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.InspectionId, x.UnitId }).IsUnique();
            e.HasIndex(x => x.UnitId);
        });
        b.Entity<InspectionTeamMember>(e =>
        {
            e.ToTable("insp_team_members");
            e.HasKey(x => x.Id);
            e.HasIndex(x => new { x.InspectionId, x.UserId }).IsUnique();
            e.HasIndex(x => x.UserId);
        });
        b.Entity<InspectionTopic>(e =>
        {
            e.ToTable("insp_topics");
            e.HasKey(x => x.Id);
            e.Property(x => x.Text).HasMaxLength(500).IsRequired();
            e.HasIndex(x => x.InspectionId);
        });
        b.Entity<InspectionFinding>(e =>
        {
            e.ToTable("insp_findings");
            e.HasKey(x => x.Id);
            e.Property(x => x.Topic).HasMaxLength(500);
            e.Property(x => x.Text).HasMaxLength(8000).IsRequired();
            e.Property(x => x.ReviewDecision).HasMaxLength(30);
            e.Property(x => x.ReviewDecisionNumber).HasMaxLength(100);
            e.Property(x => x.ReviewReason).HasMaxLength(4000);
            e.HasIndex(x => x.InspectionId);
            e.HasIndex(x => x.PersonUserId);
        });
        b.Entity<InspectionExplanation>(e =>
        {
            e.ToTable("insp_explanations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Text).HasMaxLength(8000).IsRequired();
            e.HasIndex(x => new { x.InspectionId, x.UnitId }).IsUnique();
        });
        b.Entity<InspectionRemedy>(e =>
        {
            e.ToTable("insp_remedies");
            e.HasKey(x => x.Id);
            e.Property(x => x.Text).HasMaxLength(4000).IsRequired();
            e.Property(x => x.Verification).HasMaxLength(20).IsRequired();
            e.Property(x => x.VerificationNote).HasMaxLength(4000);
            e.HasIndex(x => x.InspectionId);
            // The risk ranking counts a unit's remedies past their deadline and not verified.
            e.HasIndex(x => new { x.UnitId, x.Verification });
        });
    }
}
