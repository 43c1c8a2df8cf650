using KyCuong.Web.Modules.Reports.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<ReportRegime> ReportRegimes => Set<ReportRegime>();

    public DbSet<Report> Reports => Set<Report>();

    public DbSet<ReportFigureChange> ReportFigureChanges => Set<ReportFigureChange>();

    public DbSet<ReportReminder> ReportReminders => Set<ReportReminder>();

    private static void ConfigureReports(ModelBuilder b)
    {
        b.Entity<ReportRegime>(e =>
        {
            e.ToTable("rpt_regimes");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(500).IsRequired();
            e.Property(x => x.LegalBasis).HasMaxLength(1000);
            e.Property(x => x.Periodicity).HasConversion<string>().HasMaxLength(20).IsRequired();
            e.HasMany(x => x.Units).WithOne().HasForeignKey(x => x.RegimeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Sections).WithOne().HasForeignKey(x => x.RegimeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.UnitKinds).WithOne().HasForeignKey(x => x.RegimeId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.OwnerUnitId);
        });
        b.Entity<ReportRegimeUnit>(e =>
        {
            e.ToTable("rpt_regime_units");
            e.HasKey(x => new { x.RegimeId, x.UnitId });
            e.HasIndex(x => x.UnitId);
        });
        b.Entity<ReportRegimeUnitKind>(e =>
        {
            e.ToTable("rpt_regime_unit_kinds");
            e.HasKey(x => new { x.RegimeId, x.Kind });
            e.Property(x => x.Kind).HasMaxLength(30);
        });
        b.Entity<ReportRegimeSection>(e =>
        {
            e.ToTable("rpt_regime_sections");
            e.HasKey(x => new { x.RegimeId, x.Position });
            e.Property(x => x.Title).HasMaxLength(500).IsRequired();
            e.Property(x => x.Source).HasMaxLength(50).IsRequired();
        });
        b.Entity<Report>(e =>
        {
            e.ToTable("rpt_reports");
            e.HasKey(x => x.Id);
            e.Property(x => x.Period).HasMaxLength(10).IsRequired();
            e.Property(x => x.DocumentNumber).HasMaxLength(100);
            e.Ignore(x => x.Submitted);
            e.HasOne<ReportRegime>().WithMany().HasForeignKey(x => x.RegimeId).OnDelete(DeleteBehavior.Cascade);
            e.HasMany(x => x.Sections).WithOne().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            // One report per unit and period: a second opening (two requests at once) cannot create a twin.
            e.HasIndex(x => new { x.RegimeId, x.Period, x.UnitId }).IsUnique();
            e.HasIndex(x => x.UnitId);
        });
        b.Entity<ReportSection>(e =>
        {
            e.ToTable("rpt_report_sections");
            e.HasKey(x => new { x.ReportId, x.Position });
            e.Property(x => x.Title).HasMaxLength(500).IsRequired();
            e.Property(x => x.Source).HasMaxLength(50).IsRequired();
            e.Property(x => x.FiguresJson).HasMaxLength(16000).IsRequired();
            e.Property(x => x.Text).HasMaxLength(32000);
        });
        b.Entity<ReportFigureChange>(e =>
        {
            e.ToTable("rpt_figure_changes");
            e.HasKey(x => x.Id);
            e.Property(x => x.Figure).HasMaxLength(100).IsRequired();
            e.Property(x => x.OldValue).HasMaxLength(100);
            e.Property(x => x.NewValue).HasMaxLength(100);
            e.Property(x => x.Reason).HasMaxLength(2000).IsRequired();
            e.HasOne<Report>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => x.ReportId);
        });
        b.Entity<ReportReminder>(e =>
        {
            e.ToTable("rpt_reminders");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasMaxLength(20).IsRequired();
            e.HasOne<Report>().WithMany().HasForeignKey(x => x.ReportId).OnDelete(DeleteBehavior.Cascade);
            // Each step once per recipient, even if two hosts race.
            e.HasIndex(x => new { x.ReportId, x.Step, x.RecipientUserId }).IsUnique();
        });
    }
}
