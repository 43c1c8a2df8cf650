namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>
/// A direction that requires every official of the recipient units to acknowledge the directive ("quán triệt đến từng cán bộ,
/// công chức", docs/domain.md "Acknowledgement of directives"). One per document, recorded with the direction.
/// </summary>
internal sealed class AcknowledgementCampaign
{
    public Guid DocumentId { get; set; }

    public DateTime RequiredAtUtc { get; set; }

    public Guid? RequiredByUserId { get; set; }

    public List<AcknowledgementUnit> Units { get; set; } = [];
}

/// <summary>A recipient unit of the campaign: its officials, and those of its subtree, acknowledge.</summary>
internal sealed class AcknowledgementUnit
{
    public Guid DocumentId { get; set; }

    public Guid UnitId { get; set; }
}

/// <summary>One official's "Đã đọc, quán triệt", with an optional short commitment; at most one per person and document.</summary>
internal sealed class DocumentAcknowledgement
{
    public const int CommitmentMaxLength = 500;

    public Guid Id { get; set; }

    public Guid DocumentId { get; set; }

    public Guid UserId { get; set; }

    public DateTime AtUtc { get; set; }

    public string? Commitment { get; set; }
}

/// <summary>A reminder to read and acknowledge, at most one per person, directive and day (the notice's key repeats the same triple).</summary>
internal sealed class AcknowledgementReminder
{
    public Guid DocumentId { get; set; }

    public Guid UserId { get; set; }

    public DateOnly On { get; set; }

    public DateTime AtUtc { get; set; }

    public Guid? ByUserId { get; set; }
}
