namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>
/// A file attached to a reported completion (docs/domain.md §6, results reviewed): the report, table or minutes that carry the
/// result when no outgoing document does. Kept as bytes and never interpreted (docs/operations.md, "Uploads"); the completion
/// date tells which report it belonged to when a task was sent back and completed again.
/// </summary>
internal sealed class TaskAttachment
{
    public Guid Id { get; set; }

    public Guid TaskId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateOnly CompletedOn { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public Guid? CreatedByUserId { get; set; }
}
