namespace KyCuong.Web.Platform.Auditing;

/// <summary>One append-only history row: who, when, what and why.</summary>
public sealed class AuditEntry
{
    public Guid Id { get; set; }

    public DateTime AtUtc { get; set; }

    public Guid? ActorUserId { get; set; }

    public string ActorName { get; set; } = "";

    public string EntityType { get; set; } = "";

    public Guid EntityId { get; set; }

    public string Action { get; set; } = "";

    public string? Reason { get; set; }

    public string? DataJson { get; set; }
}
