using KyCuong.Web.Modules.Submissions.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<Submission> Submissions => Set<Submission>();

    public DbSet<SubmissionEvent> SubmissionEvents => Set<SubmissionEvent>();

    private static void ConfigureSubmissions(ModelBuilder b)
    {
        b.Entity<Submission>(e =>
        {
            e.ToTable("sub_submissions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Title).HasMaxLength(500).IsRequired();
            e.Property(x => x.MatterCode).HasMaxLength(100);
            e.Property(x => x.LegalBasis).HasMaxLength(4000).IsRequired();
            e.Property(x => x.Competence).HasMaxLength(4000).IsRequired();
            e.Property(x => x.SubmitterView).HasMaxLength(8000).IsRequired();
            e.Property(x => x.Recommendation).HasMaxLength(8000).IsRequired();
            e.Property(x => x.OptionsJson).IsRequired();
            e.Property(x => x.ChoiceReason).HasMaxLength(4000);
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(x => x.SubmitterUnitId);
            e.HasIndex(x => new { x.ToUnitId, x.Status });
        });
        b.Entity<SubmissionEvent>(e =>
        {
            e.ToTable("sub_events");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.ReturnReason).HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(4000);
            e.HasOne<Submission>().WithMany().HasForeignKey(x => x.SubmissionId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.SubmissionId, x.Sequence }).IsUnique();
        });
    }
}
