namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>
/// A registered document (NĐ 30/2020/NĐ-CP): its printed components (issuer, number and symbol, place and date, type and
/// subject, urgency and secrecy marks, signer, recipients, distribution) and its life in the register (arrival or outgoing
/// number, presentation to the leader, the leader's direction). docs/domain.md §5: an unregistered document creates no duty.
/// The printed components are fixed at registration (<c>init</c>); numbering, presentation and direction change only
/// through the methods below, which hold the rules of the register.
/// </summary>
internal sealed class Document
{
    public Guid Id { get; init; }

    public DocumentDirection Direction { get; init; }

    /// <summary>The unit whose clerk keeps this register entry (visibility and arrival numbering follow it).</summary>
    public Guid RegisteringUnitId { get; init; }

    public string IssuerName { get; init; } = "";

    /// <summary>The issuing unit when it is one of ours (the name in force at the time is kept in <see cref="IssuerName"/>).</summary>
    public Guid? IssuerUnitId { get; init; }

    /// <summary>Folded issuer (unit id or name) for the uniqueness of number and symbol per issuer and year.</summary>
    public string IssuerKey { get; init; } = "";

    /// <summary>Normalised number and symbol ("919/UBND-NC"); null while unnumbered.</summary>
    public string? NumberSymbol { get; private set; }

    public int? Number { get; private set; }

    public string? Type { get; init; }

    public string? Place { get; init; }

    /// <summary>The date printed on the document (a legal date, not an instant).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The register year: arrival year for incoming, the numbering year for outgoing and internal documents.</summary>
    public int Year { get; init; }

    public string Subject { get; init; } = "";

    public Urgency Urgency { get; init; }

    public Secrecy Secrecy { get; init; }

    public string? Signer { get; init; }

    public string? SigningForm { get; init; }

    /// <summary>"Kính gửi" addressees, one per line.</summary>
    public string? Recipients { get; init; }

    /// <summary>"Nơi nhận", one per line.</summary>
    public string? Distribution { get; init; }

    public string? FullText { get; init; }

    /// <summary>The extraction of <see cref="FullText"/> (contract Extraction JSON), source of the clauses for tasks.</summary>
    public string? ExtractionJson { get; private set; }

    /// <summary>NĐ 30/2020 art. 22: arrival numbers run consecutively per registering unit and year (paper and electronic share it).</summary>
    public int? ArrivalNumber { get; private set; }

    public DateOnly? ReceivedOn { get; init; }

    /// <summary>The issuer's number series: <c>regular</c> or <c>secret</c> (secret documents have their own series).</summary>
    public string Series { get; init; } = DocumentCounter.Regular;

    /// <summary>Recipient unit or person inside our body (incoming register column).</summary>
    public string? HandledBy { get; init; }

    public string? Note { get; init; }

    /// <summary>The task this document implements (the cascade: an implementing letter answers a clause of a directive).</summary>
    public Guid? ImplementsTaskId { get; init; }

    /// <summary>NĐ 30/2020 art. 24: present the same day, at the latest the next working day (stored once, as a date).</summary>
    public DateOnly? PresentDueDate { get; init; }

    public DateTime? PresentedAtUtc { get; private set; }

    public Guid? PresentedByUserId { get; private set; }

    public DateTime? DirectedAtUtc { get; private set; }

    public Guid? DirectedByUserId { get; private set; }

    public Guid? LeadUnitId { get; private set; }

    public Guid? LeadUserId { get; private set; }

    /// <summary>Comma-separated coordinating unit ids of the direction.</summary>
    public string? CoordinatingUnitIds { get; private set; }

    public DateOnly? DirectionDueDate { get; private set; }

    public int? DirectionWorkingDays { get; private set; }

    public string? DirectionNote { get; private set; }

    /// <summary>The direction's focal unit (đầu mối theo dõi): its monitors follow the directive's whole cascade (ADR 0003).</summary>
    public Guid? FocalUnitId { get; private set; }

    /// <summary>Folded subject, issuer and number for accent-insensitive search on both databases.</summary>
    public string SearchText { get; private set; } = "";

    public DateTime RegisteredAtUtc { get; init; }

    public Guid? RegisteredByUserId { get; init; }

    public int Version { get; private set; }

    public bool IsUrgent => Urgency != Urgency.None;

    /// <summary>The number and symbol printed on a received document, or given by hand to an outgoing one (registration only).</summary>
    public void RecordPrintedNumber(int? number, string? numberSymbol)
    {
        Number = number;
        NumberSymbol = numberSymbol;
    }

    /// <summary>The extraction of the full text: the clauses a direction turns into tasks.</summary>
    public void AttachExtraction(string extractionJson) => ExtractionJson = extractionJson;

    /// <summary>NĐ 30/2020 art. 22: an incoming document takes the next arrival number of its register, once.</summary>
    public void NumberOnArrival(int arrivalNumber)
    {
        if (Direction != DocumentDirection.Incoming || ArrivalNumber is not null)
        {
            throw new InvalidOperationException("Only an incoming document without an arrival number takes one.");
        }

        ArrivalNumber = arrivalNumber;
    }

    /// <summary>NĐ 30/2020 art. 15 and Phụ lục I: an outgoing or internal document takes the next number of its issuer's series.</summary>
    public void NumberOutgoing(int number, string numberSymbol)
    {
        if (Direction == DocumentDirection.Incoming)
        {
            throw new InvalidOperationException("An incoming document keeps the number its issuer printed.");
        }

        Number = number;
        NumberSymbol = numberSymbol;
    }

    /// <summary>The folded text searched by subject, issuer and number on both databases.</summary>
    public void Index(string searchText) => SearchText = searchText;

    /// <summary>NĐ 30/2020 art. 24: the clerk presents an incoming document to the leader, once; the time is kept.</summary>
    public void Present(Guid? byUserId, DateTime atUtc)
    {
        if (Direction != DocumentDirection.Incoming)
        {
            throw new DomainException("document.notIncoming", "Chỉ văn bản đến mới trình lãnh đạo cho ý kiến. / Only incoming documents are presented.");
        }

        if (PresentedAtUtc is not null)
        {
            throw new DomainException("document.alreadyPresented", "Văn bản đã được trình. / The document was already presented.");
        }

        PresentedAtUtc = atUtc;
        PresentedByUserId = byUserId;
        Version++;
    }

    /// <summary>
    /// The leader's direction (bút phê, docs/domain.md §5): one lead unit, coordinators, a deadline, a note; given once. A
    /// direction is given on a presented document, so an unpresented one counts as presented at that moment.
    /// </summary>
    public void RecordDirection(Guid? byUserId, DateTime atUtc, Guid leadUnitId, Guid? leadUserId, IEnumerable<Guid>? coordinatingUnitIds,
        DateOnly? dueDate, int? workingDays, string? note, Guid? focalUnitId = null)
    {
        if (DirectedAtUtc is not null)
        {
            throw new DomainException("document.alreadyDirected", "Văn bản đã có ý kiến chỉ đạo; các nhiệm vụ đã được giao. / The document already has a direction.");
        }

        DirectedAtUtc = atUtc;
        DirectedByUserId = byUserId;
        LeadUnitId = leadUnitId;
        LeadUserId = leadUserId;
        var coordinating = (coordinatingUnitIds ?? []).Distinct().ToList();
        CoordinatingUnitIds = coordinating.Count > 0 ? string.Join(',', coordinating.Select(g => g.ToString())) : null;
        DirectionDueDate = dueDate;
        DirectionWorkingDays = workingDays;
        DirectionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        FocalUnitId = focalUnitId;
        PresentedAtUtc ??= atUtc;
        Version++;
    }

    public bool IsPresented => PresentedAtUtc is not null;

    public bool IsDirected => DirectedAtUtc is not null;
}
