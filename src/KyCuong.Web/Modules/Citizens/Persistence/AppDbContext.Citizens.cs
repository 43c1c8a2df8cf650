using KyCuong.Web.Modules.Citizens.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<FeedbackItem> FeedbackItems => Set<FeedbackItem>();

    private static void ConfigureCitizens(ModelBuilder b)
    {
        b.Entity<FeedbackItem>(e =>
        {
            e.ToTable("cit_feedback");
            e.HasKey(x => x.Id);
            e.Property(x => x.TrackingCode).HasMaxLength(16).IsRequired();
            e.Property(x => x.Kind).HasMaxLength(20).IsRequired();
            e.Property(x => x.Subject).HasMaxLength(500).IsRequired();
            e.Property(x => x.Content).HasMaxLength(8000).IsRequired();
            e.Property(x => x.SubmitterName).HasMaxLength(200);
            e.Property(x => x.SubmitterPhone).HasMaxLength(30);
            e.Property(x => x.SubmitterEmail).HasMaxLength(254);
            e.Property(x => x.ProcedureCode).HasMaxLength(50);
            e.Property(x => x.Status).HasMaxLength(20).IsRequired().IsConcurrencyToken();
            e.Property(x => x.Answer).HasMaxLength(8000);
            e.Property(x => x.PublicSubject).HasMaxLength(500);
            e.Property(x => x.PublicAnswer).HasMaxLength(8000);
            e.Property(x => x.Notice).HasMaxLength(4000);
            e.Property(x => x.ForwardedTo).HasMaxLength(300);
            // The public lookup is one unique-index probe.
            e.HasIndex(x => x.TrackingCode).IsUnique();
            // The receiving office's list and the duplicate window: a body's items newest first, by status.
            e.HasIndex(x => new { x.BodyUnitId, x.Status, x.CreatedAtUtc });
            e.HasIndex(x => x.HandlingUnitId);
            // The published answers list.
            e.HasIndex(x => x.PublishedAtUtc);
            // The retention job's batch (RetentionJob.Due): closed items whose sender's data is still held, oldest first (migration 0074).
            e.HasIndex(x => x.ClosedAtUtc).HasFilter("\"PersonalDataErasedAtUtc\" IS NULL");
        });
    }
}
