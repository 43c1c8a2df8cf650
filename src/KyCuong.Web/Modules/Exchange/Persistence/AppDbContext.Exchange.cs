using KyCuong.Web.Modules.Exchange.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<ExchangeMessage> ExchangeMessages => Set<ExchangeMessage>();

    public DbSet<ExchangeEvent> ExchangeEvents => Set<ExchangeEvent>();

    private static void ConfigureExchange(ModelBuilder b)
    {
        b.Entity<ExchangeMessage>(e =>
        {
            e.ToTable("exch_messages");
            e.HasKey(x => x.Id);
            e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.EnvelopeId).HasMaxLength(100).IsRequired();
            e.Property(x => x.FromCode).HasMaxLength(50).IsRequired();
            e.Property(x => x.FromName).HasMaxLength(300).IsRequired();
            e.Property(x => x.ToCode).HasMaxLength(50).IsRequired();
            e.Property(x => x.ToName).HasMaxLength(300).IsRequired();
            e.Property(x => x.NumberSymbol).HasMaxLength(100);
            e.Property(x => x.Subject).HasMaxLength(2000).IsRequired();
            // The same envelope (sender's code and document id) is registered once per side, however often it arrives.
            e.HasIndex(x => new { x.Direction, x.FromCode, x.EnvelopeId, x.ToCode }).IsUnique();
            e.HasIndex(x => new { x.UnitId, x.CreatedAtUtc });
            e.HasIndex(x => new { x.Direction, x.Status });
        });
        b.Entity<ExchangeEvent>(e =>
        {
            e.ToTable("exch_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.HasOne<ExchangeMessage>().WithMany().HasForeignKey(x => x.MessageId).OnDelete(DeleteBehavior.Cascade);
            // A status happens once in a timeline: a status message delivered twice changes nothing the second time.
            e.HasIndex(x => new { x.MessageId, x.Status }).IsUnique();
        });
    }
}
