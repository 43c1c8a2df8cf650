using KyCuong.Web.Modules.OneStop.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<DossierStep> DossierSteps => Set<DossierStep>();

    public DbSet<ApologyLetter> ApologyLetters => Set<ApologyLetter>();

    private static void ConfigureOneStop(ModelBuilder b)
    {
        b.Entity<Dossier>(e =>
        {
            e.ToTable("os_dossiers");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(100).IsRequired();
            e.Property(x => x.ProcedureCode).HasMaxLength(50).IsRequired();
            e.Property(x => x.ProcedureName).HasMaxLength(500).IsRequired();
            e.Property(x => x.ApplicantName).HasMaxLength(200);
            e.Property(x => x.Source).HasMaxLength(20).IsRequired();
            e.Property(x => x.ResultNote).HasMaxLength(2000);
            e.Property(x => x.StepCount).IsConcurrencyToken();
            e.Property(x => x.ApologyCount).IsConcurrencyToken();
            e.Ignore(x => x.IsReturned);
            // The import's key and the counter's duplicate check.
            e.HasIndex(x => x.Code).IsUnique();
            // The summary: a body's dossiers by date of receipt, of return, and by due date.
            e.HasIndex(x => new { x.ReceivingUnitId, x.ReceivedOn });
            e.HasIndex(x => new { x.ReceivingUnitId, x.ReturnedOn });
            e.HasIndex(x => new { x.ReceivingUnitId, x.DueDate });
            e.HasIndex(x => x.CurrentUnitId);
        });
        b.Entity<DossierStep>(e =>
        {
            e.ToTable("os_dossier_steps");
            e.HasKey(x => x.Id);
            e.Property(x => x.Note).HasMaxLength(2000);
            e.HasIndex(x => new { x.DossierId, x.Seq }).IsUnique();
            e.HasIndex(x => x.UnitId);
        });
        b.Entity<ApologyLetter>(e =>
        {
            e.ToTable("os_apology_letters");
            e.HasKey(x => x.Id);
            e.Property(x => x.Reason).HasMaxLength(2000).IsRequired();
            e.HasIndex(x => new { x.DossierId, x.Seq }).IsUnique();
            e.HasIndex(x => x.IssuedOn);
        });
    }
}
