using KyCuong.Web.Modules.Calendar.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<CalendarState> CalendarStates => Set<CalendarState>();

    public DbSet<YearDecisionRecord> CalendarYearDecisions => Set<YearDecisionRecord>();

    public DbSet<HolidayRuleRecord> CalendarHolidayRules => Set<HolidayRuleRecord>();

    public DbSet<LedgerDeadline> CalendarDeadlines => Set<LedgerDeadline>();

    private static void ConfigureCalendar(ModelBuilder b)
    {
        b.Entity<CalendarState>(e =>
        {
            e.ToTable("cal_state");
            e.HasKey(x => x.Id);
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<YearDecisionRecord>(e =>
        {
            e.ToTable("cal_year_decisions");
            e.HasKey(x => x.Id);
            e.Property(x => x.Source).HasMaxLength(500).IsRequired();
            e.Property(x => x.DecisionJson).IsRequired();
            e.Property(x => x.UpdatedBy).HasMaxLength(100).IsRequired();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => x.Year).IsUnique();
        });
        b.Entity<HolidayRuleRecord>(e =>
        {
            e.ToTable("cal_holiday_rules");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(10);
            e.Property(x => x.Name).HasMaxLength(200).IsRequired();
            e.Property(x => x.LegalBasis).HasMaxLength(500).IsRequired();
            e.Property(x => x.CreatedBy).HasMaxLength(100).IsRequired();
        });
        b.Entity<LedgerDeadline>(e =>
        {
            e.ToTable("cal_deadlines");
            e.HasKey(x => x.Id);
            e.Property(x => x.OwnerType).HasMaxLength(40).IsRequired();
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.OwnerType, x.OwnerId }).IsUnique();
            e.HasIndex(x => x.DueDate);
        });
    }
}
