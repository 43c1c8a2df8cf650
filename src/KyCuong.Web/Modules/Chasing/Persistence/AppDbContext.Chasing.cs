using KyCuong.Web.Modules.Chasing.Domain;
using Microsoft.EntityFrameworkCore;

#pragma warning disable IDE0130 // the context is one partial class across modules
namespace KyCuong.Web.Platform.Persistence;
#pragma warning restore IDE0130

internal sealed partial class AppDbContext
{
    public DbSet<ReminderLadder> ChaseLadders => Set<ReminderLadder>();

    public DbSet<ChaseWatch> ChaseWatches => Set<ChaseWatch>();

    public DbSet<ReminderRecord> ChaseReminders => Set<ReminderRecord>();

    public DbSet<PersonTally> ChaseTallies => Set<PersonTally>();

    public DbSet<TransferFlag> ChaseFlags => Set<TransferFlag>();

    private static void ConfigureChasing(ModelBuilder b)
    {
        b.Entity<ReminderLadder>(e =>
        {
            e.ToTable("chs_ladders");
            e.HasKey(x => x.UnitId);
            e.Property(x => x.BeforeDays).HasMaxLength(100);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<ChaseWatch>(e =>
        {
            e.ToTable("chs_watches");
            e.HasKey(x => x.TaskId);

            // The claim: due rows in order of their instant.
            e.HasIndex(x => x.NextAtUtc);
        });
        b.Entity<ReminderRecord>(e =>
        {
            e.ToTable("chs_reminders");
            e.HasKey(x => x.Id);
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.Note).HasMaxLength(2000);

            // An effect never happens twice: one row per task, ladder step and recipient (manual reminders have no step).
            e.HasIndex(x => new { x.TaskId, x.Step, x.RecipientUserId }).IsUnique();
            e.HasIndex(x => new { x.RecipientUserId, x.AtUtc });
        });
        b.Entity<PersonTally>(e =>
        {
            e.ToTable("chs_tallies");
            e.HasKey(x => x.UserId);
        });
        b.Entity<TransferFlag>(e =>
        {
            e.ToTable("chs_flags");
            e.HasKey(x => x.Id);
            e.Property(x => x.ClearReason).HasMaxLength(2000);
            e.HasIndex(x => new { x.UserId, x.RaisedAtUtc });
        });
    }
}
