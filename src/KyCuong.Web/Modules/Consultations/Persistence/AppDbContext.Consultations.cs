using KyCuong.Web.Modules.Consultations.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<ConsultationParticipant> ConsultationParticipants => Set<ConsultationParticipant>();

    public DbSet<ConsultationNotice> ConsultationNotices => Set<ConsultationNotice>();

    public DbSet<ResponsibilityMark> ConsultationMarks => Set<ResponsibilityMark>();

    public DbSet<ConsultationAttachment> ConsultationAttachments => Set<ConsultationAttachment>();

    private static void ConfigureConsultations(ModelBuilder b)
    {
        b.Entity<Consultation>(e =>
        {
            e.ToTable("csl_consultations");
            e.HasKey(x => x.Id);
            e.Property(x => x.Subject).HasMaxLength(1000).IsRequired();
            e.Property(x => x.Proposal).HasMaxLength(8000).IsRequired();
            e.Property(x => x.MatterCode).HasMaxLength(100);
            e.HasMany(x => x.Participants).WithOne().HasForeignKey(x => x.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.RequesterUnitId);
            // The deadline job looks for ended periods not yet handled.
            e.HasIndex(x => new { x.DueDate, x.DeadlineHandledAtUtc });
        });
        b.Entity<ConsultationParticipant>(e =>
        {
            e.ToTable("csl_participants");
            e.HasKey(x => x.Id);
            e.Property(x => x.Outcome).HasMaxLength(30).IsRequired().IsConcurrencyToken();
            e.Property(x => x.Reasoning).HasMaxLength(8000);
            e.Property(x => x.GenericReason).HasMaxLength(200);
            e.Property(x => x.DelayReason).HasMaxLength(2000);
            e.Property(x => x.ReturnReason).HasMaxLength(2000);
            e.Property(x => x.ReturnCitation).HasMaxLength(1500);
            e.Property(x => x.LateStance).HasMaxLength(30);
            e.Property(x => x.LateReasoning).HasMaxLength(8000);
            e.Property(x => x.AcknowledgementReason).HasMaxLength(2000);
            e.Property(x => x.Resolution).HasMaxLength(20).IsRequired();
            e.Property(x => x.ResolutionNote).HasMaxLength(4000);
            e.HasIndex(x => new { x.ConsultationId, x.UnitId }).IsUnique();
            e.HasIndex(x => new { x.UnitId, x.Outcome });
        });
        b.Entity<ConsultationNotice>(e =>
        {
            e.ToTable("csl_notices");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasMaxLength(30).IsRequired();
            e.Property(x => x.IssuerSuperiorName).HasMaxLength(300).IsRequired();
            e.Property(x => x.IssuerName).HasMaxLength(300).IsRequired();
            e.Property(x => x.DocumentType).HasMaxLength(50).IsRequired();
            e.Property(x => x.Symbol).HasMaxLength(50).IsRequired();
            e.Property(x => x.PlaceAndDate).HasMaxLength(200).IsRequired();
            e.Property(x => x.Summary).HasMaxLength(1000).IsRequired();
            e.Property(x => x.Body).HasMaxLength(16000).IsRequired();
            e.Property(x => x.Recipients).HasMaxLength(2000).IsRequired();
            e.Property(x => x.SignerPosition).HasMaxLength(200).IsRequired();
            e.HasOne<Consultation>().WithMany().HasForeignKey(x => x.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            // Exactly once: a second run or a second host cannot issue the same notice again.
            e.HasIndex(x => new { x.ConsultationId, x.Kind, x.ToUnitId }).IsUnique();
        });
        b.Entity<ResponsibilityMark>(e =>
        {
            e.ToTable("csl_marks");
            e.HasKey(x => x.Id);
            e.Property(x => x.HeadName).HasMaxLength(200);
            e.Property(x => x.Reason).HasMaxLength(2000).IsRequired();
            e.HasOne<Consultation>().WithMany().HasForeignKey(x => x.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.ConsultationId, x.UnitId }).IsUnique();
            e.HasIndex(x => x.UnitId);
        });
        b.Entity<ConsultationAttachment>(e =>
        {
            e.ToTable("csl_attachments");
            e.HasKey(x => x.Id);
            e.Property(x => x.FileName).HasMaxLength(255).IsRequired();
            e.Property(x => x.ContentType).HasMaxLength(100).IsRequired();
            e.Property(x => x.Sha256).HasMaxLength(64).IsRequired();
            e.Property(x => x.Content).IsRequired();
            e.HasOne<Consultation>().WithMany().HasForeignKey(x => x.ConsultationId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.ConsultationId);
        });
    }
}
