using KyCuong.Web.Modules.Documents.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<Document> Documents => Set<Document>();

    public DbSet<DocumentAttachment> DocumentAttachments => Set<DocumentAttachment>();

    public DbSet<DocumentCounter> DocumentCounters => Set<DocumentCounter>();

    public DbSet<DocumentTask> DocumentTasks => Set<DocumentTask>();

    private static void ConfigureDocuments(ModelBuilder b)
    {
        b.Entity<Document>(e =>
        {
            e.ToTable("doc_documents");
            e.HasKey(x => x.Id);
            e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.IssuerName).HasMaxLength(300).IsRequired();
            e.Property(x => x.IssuerKey).HasMaxLength(300).IsRequired();
            e.Property(x => x.NumberSymbol).HasMaxLength(100);
            e.Property(x => x.Type).HasMaxLength(100);
            e.Property(x => x.Place).HasMaxLength(100);
            e.Property(x => x.Subject).HasMaxLength(2000).IsRequired();
            e.Property(x => x.Signer).HasMaxLength(200);
            e.Property(x => x.SigningForm).HasMaxLength(300);
            e.Property(x => x.Recipients).HasMaxLength(4000);
            e.Property(x => x.Distribution).HasMaxLength(4000);
            e.Property(x => x.Series).HasMaxLength(20);
            e.Property(x => x.HandledBy).HasMaxLength(300);
            e.Property(x => x.Note).HasMaxLength(1000);
            e.Property(x => x.CoordinatingUnitIds).HasMaxLength(2000);
            e.Property(x => x.DirectionNote).HasMaxLength(2000);
            e.Property(x => x.SearchText).HasMaxLength(3000).IsRequired();
            e.Property(x => x.Version).IsConcurrencyToken();
            // NĐ 30/2020 art. 15: number and symbol are unique within the year for one issuer and series, in one register.
            e.HasIndex(x => new { x.RegisteringUnitId, x.IssuerKey, x.Year, x.Series, x.NumberSymbol }).IsUnique();
            // NĐ 30/2020 art. 22: one arrival number per registering unit and year.
            e.HasIndex(x => new { x.RegisteringUnitId, x.Year, x.ArrivalNumber }).IsUnique();
            e.HasIndex(x => new { x.Direction, x.Year });
            e.HasIndex(x => x.ImplementsTaskId);
            e.HasIndex(x => x.LeadUnitId);
        });
        b.Entity<DocumentAttachment>(e =>
        {
            e.ToTable("doc_attachments");
            e.HasKey(x => x.Id);
            e.Property(x => x.FileName).HasMaxLength(260).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(150).IsRequired();
            e.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
            e.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.DocumentId);
        });
        b.Entity<DocumentCounter>(e =>
        {
            e.ToTable("doc_counters");
            e.HasKey(x => new { x.UnitId, x.Series, x.Year });
            e.Property(x => x.Series).HasMaxLength(20);
        });
        b.Entity<DocumentTask>(e =>
        {
            e.ToTable("doc_document_tasks");
            e.HasKey(x => x.Id);
            e.Property(x => x.ClauseRef).HasMaxLength(40);
            e.Property(x => x.Title).HasMaxLength(500).IsRequired();
            e.HasOne<Document>().WithMany().HasForeignKey(x => x.DocumentId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.DocumentId);
            e.HasIndex(x => x.TaskId).IsUnique();
        });
    }
}
