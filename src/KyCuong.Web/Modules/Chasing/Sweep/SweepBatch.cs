using KyCuong.Web.Modules.Chasing.Domain;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Outbox;

namespace KyCuong.Web.Modules.Chasing.Sweep;

/// <summary>The rows one claimed batch writes, collected in memory and flushed with one round trip per table.</summary>
internal sealed class SweepBatch
{
    public List<ReminderRecord> Reminders { get; } = [];

    public List<AuditEntry> Audit { get; } = [];

    public List<OutboxMessage> Outbox { get; } = [];

    /// <summary>Watches whose next step or instant changed.</summary>
    public List<ChaseWatch> Updated { get; } = [];

    /// <summary>Watches of tasks no longer open.</summary>
    public List<Guid> Deleted { get; } = [];

    /// <summary>Counted reminders per person in this batch.</summary>
    public Dictionary<Guid, int> Counted { get; } = [];

    public bool IsEmpty => Reminders.Count == 0 && Updated.Count == 0 && Deleted.Count == 0;
}
