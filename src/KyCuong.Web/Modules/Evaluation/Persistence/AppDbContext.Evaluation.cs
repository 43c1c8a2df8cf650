using KyCuong.Web.Modules.Evaluation.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<GeneralScore> EvaluationGeneralScores => Set<GeneralScore>();

    public DbSet<DisciplineRecord> EvaluationDiscipline => Set<DisciplineRecord>();

    public DbSet<CatalogueProduct> EvaluationCatalogue => Set<CatalogueProduct>();

    public DbSet<TaskProduct> EvaluationTaskProducts => Set<TaskProduct>();

    public DbSet<LeadershipScore> EvaluationLeadershipScores => Set<LeadershipScore>();

    public DbSet<SelfAssessment> EvaluationSelfAssessments => Set<SelfAssessment>();

    public DbSet<GradingDecision> EvaluationGradingDecisions => Set<GradingDecision>();

    public DbSet<GradingEntry> EvaluationGradingEntries => Set<GradingEntry>();

    public DbSet<StaffRecord> EvaluationStaffRecords => Set<StaffRecord>();

    private static void ConfigureEvaluation(ModelBuilder b)
    {
        ConfigureInnovation(b);
        b.Entity<StaffRecord>(e =>
        {
            e.ToTable("eval_staff_records");
            e.HasKey(x => x.UserId);
            e.Property(x => x.Category).HasConversion<string>().HasMaxLength(20);
        });
        b.Entity<SelfAssessment>(e =>
        {
            e.ToTable("eval_self_assessments");
            e.HasKey(x => x.Id);
            e.Property(x => x.PeriodKey).HasMaxLength(10).IsRequired();
            e.Property(x => x.Text).HasMaxLength(8000).IsRequired();
            e.Property(x => x.ProposedGrade).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => new { x.UserId, x.PeriodKey }).IsUnique();
        });
        b.Entity<GradingDecision>(e =>
        {
            e.ToTable("eval_grading_decisions");
            e.HasKey(x => x.Id);
            e.Property(x => x.PeriodKey).HasMaxLength(10).IsRequired();
            e.Property(x => x.SavedByName).HasMaxLength(200).IsRequired();
            e.Property(x => x.UnitGrade).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(4000);
            e.HasIndex(x => new { x.UnitId, x.PeriodKey, x.Version }).IsUnique();
            e.HasMany(x => x.Entries).WithOne().HasForeignKey(x => x.DecisionId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<GradingEntry>(e =>
        {
            e.ToTable("eval_grading_entries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(200).IsRequired();
            e.Property(x => x.Title).HasMaxLength(200).IsRequired();
            e.Property(x => x.Total).HasPrecision(7, 2);
            e.Property(x => x.ProposedGrade).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.SelfGrade).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.FinalGrade).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ForcedReason).HasMaxLength(1000);
            e.HasIndex(x => x.DecisionId);
            e.HasIndex(x => x.UserId);
        });
        b.Entity<GeneralScore>(e =>
        {
            e.ToTable("eval_general_scores");
            e.HasKey(x => x.Id);
            e.Property(x => x.PeriodKey).HasMaxLength(10).IsRequired();
            e.Property(x => x.Points).HasPrecision(5, 2);
            e.Property(x => x.Comment).HasMaxLength(4000);
            e.HasIndex(x => new { x.UserId, x.PeriodKey }).IsUnique();
        });
        b.Entity<DisciplineRecord>(e =>
        {
            e.ToTable("eval_discipline");
            e.HasKey(x => x.Id);
            e.Property(x => x.Form).HasConversion<string>().HasMaxLength(30);
            e.Property(x => x.DecisionNumber).HasMaxLength(100).IsRequired();
            e.Property(x => x.Reason).HasMaxLength(4000).IsRequired();
            e.HasIndex(x => new { x.UserId, x.DecidedOn });
        });
        b.Entity<CatalogueProduct>(e =>
        {
            e.ToTable("eval_catalogue");
            e.HasKey(x => x.Id);
            e.Property(x => x.JobPosition).HasMaxLength(200).IsRequired();
            e.Property(x => x.Name).HasMaxLength(500).IsRequired();
            e.Property(x => x.Points).HasPrecision(7, 2);
            e.HasIndex(x => new { x.UnitId, x.JobPosition });
        });
        b.Entity<TaskProduct>(e =>
        {
            e.ToTable("eval_task_products");
            e.HasKey(x => x.TaskId);
            e.Property(x => x.Name).HasMaxLength(500).IsRequired();
            e.Property(x => x.Points).HasPrecision(7, 2);
            e.HasIndex(x => x.ProductId);
        });
        b.Entity<LeadershipScore>(e =>
        {
            e.ToTable("eval_leadership_scores");
            e.HasKey(x => x.Id);
            e.Property(x => x.PeriodKey).HasMaxLength(10).IsRequired();
            e.Property(x => x.Organise).HasPrecision(5, 4);
            e.Property(x => x.Rally).HasPrecision(5, 4);
            e.Property(x => x.Comment).HasMaxLength(4000);
            e.HasIndex(x => new { x.UserId, x.PeriodKey }).IsUnique();
        });
    }
}
