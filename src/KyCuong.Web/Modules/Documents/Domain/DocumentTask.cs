namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>A task created from this document's direction (one per clause, or one for the whole document).</summary>
public sealed class DocumentTask
{
    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    public Guid TaskId { get; set; }

    public string? ClauseRef { get; set; }

    public string Title { get; set; } = "";

    public Guid LeadUnitId { get; set; }

    public DateOnly? DueDate { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
