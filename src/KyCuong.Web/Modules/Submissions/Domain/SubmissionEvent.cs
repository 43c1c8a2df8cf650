namespace KyCuong.Web.Modules.Submissions.Domain;

/// <summary>
/// One step of a submission between the sender and the superior's office: sent (or sent again), returned with the reason,
/// accepted. The intervals between them give the time with the office and the time back with the sender (docs/domain.md §9: the
/// clock stops while it is back with the sender; §11: waiting on others does not count against the one waiting).
/// </summary>
internal sealed class SubmissionEvent
{
    public Guid Id { get; set; }

    public Guid SubmissionId { get; set; }

    public int Sequence { get; set; }

    public SubmissionEventKind Kind { get; set; }

    public DateTime AtUtc { get; set; }

    public Guid? ByUserId { get; set; }

    /// <summary>For a return: <c>procedure</c>, <c>quality</c> or <c>competence</c>.</summary>
    public string? ReturnReason { get; set; }

    public string? Note { get; set; }

    /// <summary>A competence return cites the catalogue entry that gives the matter to another unit (or to the sender).</summary>
    public Guid? CatalogueEntryId { get; set; }
}

internal enum SubmissionEventKind
{
    Submitted,
    Returned,
    Accepted,
}
