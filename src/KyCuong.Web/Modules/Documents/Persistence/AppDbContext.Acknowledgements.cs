using KyCuong.Web.Modules.Documents.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<AcknowledgementCampaign> AcknowledgementCampaigns => Set<AcknowledgementCampaign>();

    public DbSet<AcknowledgementUnit> AcknowledgementUnits => Set<AcknowledgementUnit>();

    public DbSet<DocumentAcknowledgement> DocumentAcknowledgements => Set<DocumentAcknowledgement>();

    public DbSet<AcknowledgementReminder> AcknowledgementReminders => Set<AcknowledgementReminder>();

    private static void ConfigureAcknowledgements(ModelBuilder b)
    {
        b.Entity<AcknowledgementReminder>(e =>
        {
            e.ToTable("doc_ack_reminders");
            e.HasKey(x => new { x.DocumentId, x.UserId, x.On });
            e.HasOne<AcknowledgementCampaign>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AcknowledgementCampaign>(e =>
        {
            e.ToTable("doc_ack_campaigns");
            e.HasKey(x => x.DocumentId);
            e.HasOne<Document>().WithOne().HasForeignKey<AcknowledgementCampaign>(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Units).WithOne().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
        });
        b.Entity<AcknowledgementUnit>(e =>
        {
            e.ToTable("doc_ack_units");
            e.HasKey(x => new { x.DocumentId, x.UnitId });
            // The work list asks "which campaigns reach my units" by unit.
            e.HasIndex(x => x.UnitId);
        });
        b.Entity<DocumentAcknowledgement>(e =>
        {
            e.ToTable("doc_acknowledgements");
            e.HasKey(x => x.Id);
            e.Property(x => x.Commitment).HasMaxLength(DocumentAcknowledgement.CommitmentMaxLength);
            e.HasOne<AcknowledgementCampaign>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            // One acknowledgement per person and directive; also the lookup of a person's open items.
            e.HasIndex(x => new { x.DocumentId, x.UserId }).IsUnique();
            e.HasIndex(x => x.UserId);
        });
    }
}
