namespace KyCuong.Web.Platform.Auditing;

/// <summary>
/// One append-only history row: who, when, what and why. Rows are written without a hash in the change's own
/// transaction; the sealer then gives each a <see cref="Sequence"/> and chains it to the one before
/// (<see cref="Hash"/> = HMAC-SHA256 of the row, keyed outside the database, and <see cref="PreviousHash"/>), so an edited or deleted row breaks the chain (ADR 0004).
/// </summary>
internal sealed class AuditEntry
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

    public long? Sequence { get; set; }

    public string? PreviousHash { get; set; }

    public string? Hash { get; set; }

    public DateTime? SealedAtUtc { get; set; }
}
