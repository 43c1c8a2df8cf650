using KyCuong.Web.Modules.Webhooks.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<WebhookAttempt> WebhookAttempts => Set<WebhookAttempt>();

    public DbSet<WebhookOverdueMark> WebhookOverdueMarks => Set<WebhookOverdueMark>();

    private static void ConfigureWebhooks(ModelBuilder b)
    {
        b.Entity<WebhookSubscription>(e =>
        {
            e.ToTable("hook_subscriptions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Url).HasMaxLength(SubscriptionRules.MaxUrlLength).IsRequired();
            e.Property(x => x.Events).HasMaxLength(1000).IsRequired();
            e.Property(x => x.Secret).HasMaxLength(SubscriptionRules.MaxSecretLength).IsRequired();
            e.Property(x => x.DisabledReason).HasMaxLength(2000);
            e.Ignore(x => x.EventList);
            e.HasIndex(x => x.UnitId);
        });
        b.Entity<WebhookDelivery>(e =>
        {
            e.ToTable("hook_deliveries");
            e.HasKey(x => x.Id);
            e.Property(x => x.Event).HasMaxLength(50).IsRequired();
            e.Property(x => x.Body).IsRequired();
            e.Property(x => x.Status).HasMaxLength(20).IsRequired();
            e.Property(x => x.LastError).HasMaxLength(2000);
            e.HasOne<WebhookSubscription>().WithMany().HasForeignKey(x => x.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
            // One delivery per event and subscription, however often the fan-out runs.
            e.HasIndex(x => new { x.SubscriptionId, x.EventId }).IsUnique();
            e.HasIndex(x => new { x.SubscriptionId, x.CreatedAtUtc });
        });
        b.Entity<WebhookAttempt>(e =>
        {
            e.ToTable("hook_attempts");
            e.HasKey(x => x.Id);
            e.Property(x => x.Error).HasMaxLength(2000);
            e.HasOne<WebhookDelivery>().WithMany().HasForeignKey(x => x.DeliveryId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.DeliveryId, x.Attempt }).IsUnique();
        });
        b.Entity<WebhookOverdueMark>(e =>
        {
            e.ToTable("hook_overdue");
            e.HasKey(x => new { x.TaskId, x.DueDate });
        });
    }
}
