namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>A task created from this document's direction (one per clause, or one for the whole document).</summary>
internal sealed class DocumentTask
{
    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    public Guid TaskId { get; set; }

    public string? ClauseRef { get; set; }

    public string Title { get; set; } = "";

    public Guid LeadUnitId { get; set; }

    /// <summary>
    /// The due date the direction gave, as a record of the direction. The due date in force belongs to the Tasks module
    /// (extensions, audited re-computation) and is read through <c>ITaskDeadlines</c>, never from here.
    /// </summary>
    public DateOnly? DueDate { get; set; }

    public DateTime CreatedAtUtc { get; set; }
}
