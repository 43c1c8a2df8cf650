using KyCuong.Web.Modules.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<SentEmail> SentEmails => Set<SentEmail>();

    private static void ConfigureNotifications(ModelBuilder b)
    {
        b.Entity<Notification>(e =>
        {
            e.ToTable("ntf_notifications");
            e.HasKey(x => x.Id);
            e.Property(x => x.Category).HasMaxLength(Notification.CategoryMax);
            e.Property(x => x.Subject).HasMaxLength(Notification.SubjectMax);
            e.Property(x => x.Body).HasMaxLength(Notification.BodyMax);
            e.Property(x => x.Link).HasMaxLength(Notification.LinkMax);
            e.Property(x => x.SourceKey).HasMaxLength(200);

            // The outbox key: a retried message never makes a second entry.
            e.HasIndex(x => x.SourceKey).IsUnique();

            // The inbox: one person's entries, unread first, newest first; also the unread count.
            e.HasIndex(x => new { x.RecipientUserId, x.ReadAtUtc, x.CreatedAtUtc });

            // The unread count of the people a batch of notices reached (migration 0076): only unread entries, one narrow key,
            // so the count is an index-only scan over a person's unread entries (docs/performance.md "Notices: deleted on handling").
            e.HasIndex(x => x.RecipientUserId).HasFilter("\"ReadAtUtc\" IS NULL").HasDatabaseName("IX_ntf_notifications_RecipientUserId_Unread");
        });
        b.Entity<NotificationPreference>(e =>
        {
            e.ToTable("ntf_preferences");
            e.HasKey(x => x.UserId);
            e.Property(x => x.UserId).ValueGeneratedNever();
            e.Property(x => x.EmailMode).HasMaxLength(20);
            e.Property(x => x.CategoryModes).HasMaxLength(NotificationPreference.CategoryModesMax);
            e.Ignore(x => x.Overrides);
        });
        b.Entity<SentEmail>(e =>
        {
            e.ToTable("ntf_emails");
            e.HasKey(x => x.IdempotencyKey);
            e.Property(x => x.IdempotencyKey).HasMaxLength(200);
            e.Property(x => x.ToAddress).HasMaxLength(256);
            e.Property(x => x.Subject).HasMaxLength(500);
            e.Property(x => x.MessageId).HasMaxLength(200);
            e.HasIndex(x => new { x.RecipientUserId, x.SentAtUtc });
        });
    }
}
