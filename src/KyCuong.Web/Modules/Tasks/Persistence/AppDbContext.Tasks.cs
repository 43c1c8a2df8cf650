using KyCuong.Web.Modules.Tasks.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<WorkTask> Tasks => Set<WorkTask>();

    public DbSet<TaskCoordinator> TaskCoordinators => Set<TaskCoordinator>();

    public DbSet<TaskRouting> TaskRoutings => Set<TaskRouting>();

    public DbSet<TaskHandoff> TaskHandoffs => Set<TaskHandoff>();

    public DbSet<TaskExtension> TaskExtensions => Set<TaskExtension>();

    public DbSet<RecurringDuty> TaskRecurringDuties => Set<RecurringDuty>();

    public DbSet<TaskCounter> TaskCounters => Set<TaskCounter>();

    public DbSet<TaskReview> TaskReviews => Set<TaskReview>();

    public DbSet<TaskAttachment> TaskAttachments => Set<TaskAttachment>();

    private static void ConfigureTasks(ModelBuilder b)
    {
        b.Entity<WorkTask>(e =>
        {
            e.ToTable("task_tasks");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(1000).IsRequired();
            e.Property(x => x.Description).HasMaxLength(8000);
            e.Property(x => x.ClauseRef).HasMaxLength(40);
            e.Property(x => x.Result).HasMaxLength(8000);
            e.Property(x => x.LastProgressNote).HasMaxLength(4000);
            e.Property(x => x.PeriodKey).HasMaxLength(20);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasMany(x => x.Coordinators).WithOne().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(x => x.Coordinators).HasField("_coordinators").UsePropertyAccessMode(PropertyAccessMode.Field);
            e.HasOne<WorkTask>().WithMany().HasForeignKey(x => x.ParentTaskId).OnDelete(DeleteBehavior.Restrict);

            // Roll-ups over millions of tasks (docs/domain.md §6 volumes): the summary joins the closure table on LeadUnitId and
            // counts by completion and due date in one grouped query; the period filters use the receipt and due dates.
            e.HasIndex(x => new { x.LeadUnitId, x.CompletedOn, x.DueDate });
            e.HasIndex(x => new { x.LeadUnitId, x.ReceivedOn });
            e.HasIndex(x => new { x.LeadUnitId, x.DueDate });
            e.HasIndex(x => x.CurrentHolderUserId);
            e.HasIndex(x => x.LeadUserId);
            e.HasIndex(x => x.AssignedByUserId);
            e.HasIndex(x => x.AssignerUnitId);
            e.HasIndex(x => x.ParentTaskId);
            e.HasIndex(x => x.FocalUnitId);
            e.HasIndex(x => new { x.SourceDocumentId, x.ClauseRef });

            // Completions waiting for the assigning side's review: the reviewer's work list and the review chase.
            e.HasIndex(x => new { x.AssignerUnitId, x.AwaitingReviewSinceUtc });
            e.HasIndex(x => x.AwaitingReviewSinceUtc);

            // Tasks returned to the assigning side to reassign (docs/domain.md §6), read by a leader's navigation count on every
            // page: partial indexes hold only those, not every task the unit ever assigned (migration 0077).
            e.HasIndex(x => x.AssignerUnitId, "IX_task_tasks_AssignerUnitId_Returned").HasFilter("\"State\" = 'Returned'");
            e.HasIndex(x => x.AssignedByUserId, "IX_task_tasks_AssignedByUserId_Returned").HasFilter("\"State\" = 'Returned'");

            // One report task per duty and period: the recurring job is idempotent even when two nodes race.
            e.HasIndex(x => new { x.RecurringDutyId, x.PeriodKey }).IsUnique();
        });
        b.Entity<TaskCounter>(e =>
        {
            e.ToTable("task_counters");
            e.HasKey(x => new { x.UnitId, x.Kind, x.DueKey });
            e.Property(x => x.Kind).HasConversion<int>();
        });
        b.Entity<TaskCoordinator>(e =>
        {
            e.ToTable("task_coordinators");
            e.HasKey(x => new { x.TaskId, x.UnitId });
            e.HasIndex(x => x.UnitId);
        });
        b.Entity<TaskRouting>(e =>
        {
            e.ToTable("task_routings");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Reason).HasMaxLength(2000);
            e.HasOne<WorkTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.TaskId, x.Sequence }).IsUnique();
            e.HasIndex(x => new { x.UnitId, x.Kind });
        });
        b.Entity<TaskHandoff>(e =>
        {
            e.ToTable("task_handoffs");
            e.HasKey(x => x.Id);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasOne<WorkTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.TaskId);
            e.HasIndex(x => x.ToUserId);

            // Whoever handed a step on keeps the task in view (docs/domain.md §6): "Đã chuyển / đang theo dõi".
            e.HasIndex(x => x.FromUserId);
        });
        b.Entity<TaskReview>(e =>
        {
            e.ToTable("task_reviews");
            e.HasKey(x => x.Id);
            e.Property(x => x.Quality).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(4000);
            e.HasOne<WorkTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.TaskId, x.AtUtc });

            // Send-backs and quality per person and period (the evaluation of officials).
            e.HasIndex(x => new { x.HolderUserId, x.AtUtc });
        });
        b.Entity<TaskAttachment>(e =>
        {
            e.ToTable("task_attachments");
            e.HasKey(x => x.Id);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.ContentType).HasMaxLength(100);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.HasOne<WorkTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.TaskId);
        });
        b.Entity<TaskExtension>(e =>
        {
            e.ToTable("task_extensions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Reason).HasMaxLength(2000).IsRequired();
            e.Property(x => x.DecisionNote).HasMaxLength(2000);
            e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<WorkTask>().WithMany().HasForeignKey(x => x.TaskId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.TaskId, x.State });
            // The pending requests, few among all ever made: the assigning side's count and list start from them (migration 0077).
            e.HasIndex(x => x.TaskId, "IX_task_extensions_TaskId_Pending").HasFilter("\"State\" = 'Pending'");
        });
        b.Entity<RecurringDuty>(e =>
        {
            e.ToTable("task_recurring_duties");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(1000).IsRequired();
            e.Property(x => x.Phrase).HasMaxLength(200).IsRequired();
            e.Property(x => x.Cadence).HasConversion<int>();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasOne<WorkTask>().WithMany().HasForeignKey(x => x.StandingTaskId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.StandingTaskId);
            e.HasIndex(x => x.Active);
        });
    }
}
