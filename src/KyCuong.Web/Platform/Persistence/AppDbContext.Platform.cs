using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Outbox;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Platform.Persistence;

internal sealed partial class AppDbContext
{
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    private static void ConfigurePlatform(ModelBuilder b)
    {
        b.Entity<AuditEntry>(e =>
        {
            e.ToTable("sys_audit");
            e.HasKey(x => x.Id);
            e.Property(x => x.ActorName).HasMaxLength(100);
            e.Property(x => x.EntityType).HasMaxLength(60);
            e.Property(x => x.Action).HasMaxLength(60);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => new { x.EntityType, x.EntityId });
            e.HasIndex(x => x.Sequence).IsUnique();

            // The sealer's queue: unsealed rows in chain order, without scanning the sealed history.
            e.HasIndex(x => new { x.AtUtc, x.Id }).HasFilter("\"Sequence\" IS NULL");
        });
        b.Entity<JobRun>(e =>
        {
            e.ToTable("sys_job_runs");
            e.HasKey(x => x.Id);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Node).HasMaxLength(200);
            e.Property(x => x.Outcome).HasMaxLength(20);
            e.Property(x => x.Error).HasMaxLength(4000);
            e.HasIndex(x => new { x.Name, x.StartedAtUtc });
            e.HasIndex(x => x.StartedAtUtc);
        });
        b.Entity<OutboxMessage>(e =>
        {
            e.ToTable("sys_outbox");
            e.HasKey(x => x.Id);
            e.Property(x => x.IdempotencyKey).HasMaxLength(200);
            e.Property(x => x.Topic).HasMaxLength(60);
            e.Property(x => x.LastError).HasMaxLength(2000);
            e.HasIndex(x => x.IdempotencyKey).IsUnique();

            // Failed messages only (the administrators' count and list): a small index no claim or success writes into
            // (migration 0073 dropped the one on ProcessedAtUtc, FailedAtUtc, AvailableAtUtc that every write went into).
            e.HasIndex(x => x.FailedAtUtc).HasFilter("\"ProcessedAtUtc\" IS NULL AND \"FailedAtUtc\" IS NOT NULL");

            // The purge of processed messages, oldest first, and the administrators' count of those kept (migration 0076).
            e.HasIndex(x => x.ProcessedAtUtc).HasFilter("\"ProcessedAtUtc\" IS NOT NULL");

            // The drainer's claim: only pending messages, per topic in exactly the claim's order, so a claim reads its batch
            // from the index instead of sorting every pending row (a million after a deadline morning: ~1 ms instead of
            // ~1 s), and a topic's claim never walks another topic's waiting rows (migration 0073).
            e.HasIndex(x => new { x.Topic, x.AvailableAtUtc, x.Id }).HasFilter("\"ProcessedAtUtc\" IS NULL AND \"FailedAtUtc\" IS NULL");
        });
    }
}
