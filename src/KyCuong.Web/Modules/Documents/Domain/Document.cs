namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>
/// A registered document (NĐ 30/2020/NĐ-CP): its printed components (issuer, number and symbol, place and date, type and
/// subject, urgency and secrecy marks, signer, recipients, distribution) and its life in the register (arrival or outgoing
/// number, presentation to the leader, the leader's direction). docs/domain.md §5: an unregistered document creates no duty.
/// </summary>
internal sealed class Document
{
    public Guid Id { get; set; }

    public DocumentDirection Direction { get; set; }

    /// <summary>The unit whose clerk keeps this register entry (visibility and arrival numbering follow it).</summary>
    public Guid RegisteringUnitId { get; set; }

    public string IssuerName { get; set; } = "";

    /// <summary>The issuing unit when it is one of ours (the name in force at the time is kept in <see cref="IssuerName"/>).</summary>
    public Guid? IssuerUnitId { get; set; }

    /// <summary>Folded issuer (unit id or name) for the uniqueness of number and symbol per issuer and year.</summary>
    public string IssuerKey { get; set; } = "";

    /// <summary>Normalised number and symbol ("919/UBND-NC"); null while unnumbered.</summary>
    public string? NumberSymbol { get; set; }

    public int? Number { get; set; }

    public string? Type { get; set; }

    public string? Place { get; set; }

    /// <summary>The date printed on the document (a legal date, not an instant).</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The register year: arrival year for incoming, the numbering year for outgoing and internal documents.</summary>
    public int Year { get; set; }

    public string Subject { get; set; } = "";

    public Urgency Urgency { get; set; }

    public Secrecy Secrecy { get; set; }

    public string? Signer { get; set; }

    public string? SigningForm { get; set; }

    /// <summary>"Kính gửi" addressees, one per line.</summary>
    public string? Recipients { get; set; }

    /// <summary>"Nơi nhận", one per line.</summary>
    public string? Distribution { get; set; }

    public string? FullText { get; set; }

    /// <summary>The extraction of <see cref="FullText"/> (contract Extraction JSON), source of the clauses for tasks.</summary>
    public string? ExtractionJson { get; set; }

    /// <summary>NĐ 30/2020 art. 22: arrival numbers run consecutively per registering unit and year (paper and electronic share it).</summary>
    public int? ArrivalNumber { get; set; }

    public DateOnly? ReceivedOn { get; set; }

    /// <summary>The issuer's number series: <c>regular</c> or <c>secret</c> (secret documents have their own series).</summary>
    public string Series { get; set; } = DocumentCounter.Regular;

    /// <summary>Recipient unit or person inside our body (incoming register column).</summary>
    public string? HandledBy { get; set; }

    public string? Note { get; set; }

    /// <summary>The task this document implements (the cascade: an implementing letter answers a clause of a directive).</summary>
    public Guid? ImplementsTaskId { get; set; }

    /// <summary>NĐ 30/2020 art. 24: present the same day, at the latest the next working day (stored once, as a date).</summary>
    public DateOnly? PresentDueDate { get; set; }

    public DateTime? PresentedAtUtc { get; set; }

    public Guid? PresentedByUserId { get; set; }

    public DateTime? DirectedAtUtc { get; set; }

    public Guid? DirectedByUserId { get; set; }

    public Guid? LeadUnitId { get; set; }

    public Guid? LeadUserId { get; set; }

    /// <summary>Comma-separated coordinating unit ids of the direction.</summary>
    public string? CoordinatingUnitIds { get; set; }

    public DateOnly? DirectionDueDate { get; set; }

    public int? DirectionWorkingDays { get; set; }

    public string? DirectionNote { get; set; }

    /// <summary>The direction's focal unit (đầu mối theo dõi): its monitors follow the directive's whole cascade (ADR 0003).</summary>
    public Guid? FocalUnitId { get; set; }

    /// <summary>Folded subject, issuer and number for accent-insensitive search on both databases.</summary>
    public string SearchText { get; set; } = "";

    public DateTime RegisteredAtUtc { get; set; }

    public Guid? RegisteredByUserId { get; set; }

    public int Version { get; set; }

    public bool IsUrgent => Urgency != Urgency.None;

    public bool IsPresented => PresentedAtUtc is not null;

    public bool IsDirected => DirectedAtUtc is not null;
}
