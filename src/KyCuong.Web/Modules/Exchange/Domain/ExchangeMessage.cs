namespace KyCuong.Web.Modules.Exchange.Domain;

/// <summary>Which side of the exchange this instance is on for a message.</summary>
internal enum ExchangeDirection
{
    /// <summary>We sent the document; the timeline holds the recipient's status messages.</summary>
    Sent,

    /// <summary>We received it and registered it as incoming; the timeline holds the statuses we sent back.</summary>
    Received,
}

/// <summary>
/// One document sent to, or received from, another agency over edXML (docs/domain.md "edXML exchange"), with the status it has
/// reached at the recipient. <see cref="EnvelopeId"/> is the envelope's <c>DocumentId</c>: with the sender's agency code it
/// names the envelope on both sides, so the same envelope received twice is registered once.
/// </summary>
internal sealed class ExchangeMessage
{
    public Guid Id { get; init; }

    public ExchangeDirection Direction { get; init; }

    /// <summary>Our unit: the sender of a sent document, the recipient (its incoming register) of a received one.</summary>
    public Guid UnitId { get; init; }

    /// <summary>Our document: the issued one sent, or the incoming one registered.</summary>
    public Guid DocumentId { get; init; }

    public string EnvelopeId { get; init; } = "";

    public string FromCode { get; init; } = "";

    public string FromName { get; init; } = "";

    public string ToCode { get; init; } = "";

    public string ToName { get; init; } = "";

    public string? NumberSymbol { get; init; }

    public string Subject { get; init; } = "";

    public ExchangeStatus Status { get; private set; }

    /// <summary>A sent envelope's XML, kept until the hub has it (the outbox sends it from here, not from its own payload).</summary>
    public byte[]? Envelope { get; private set; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime UpdatedAtUtc { get; private set; }

    public Guid? CreatedByUserId { get; init; }

    public static ExchangeMessage Create(ExchangeDirection direction, Guid unitId, Guid documentId, string envelopeId, EdXmlOrgan from, EdXmlOrgan to,
        string? numberSymbol, string subject, ExchangeStatus status, byte[]? envelope, DateTime nowUtc, Guid? byUserId) => new()
    {
        Id = Guid.CreateVersion7(),
        Direction = direction,
        UnitId = unitId,
        DocumentId = documentId,
        EnvelopeId = envelopeId,
        FromCode = from.OrganId,
        FromName = Cut(from.OrganName, 300),
        ToCode = to.OrganId,
        ToName = Cut(to.OrganName, 300),
        NumberSymbol = numberSymbol,
        Subject = Cut(subject, 2000),
        Status = status,
        Envelope = envelope,
        CreatedAtUtc = nowUtc,
        UpdatedAtUtc = nowUtc,
        CreatedByUserId = byUserId,
    };

    /// <summary>Moves along the state machine (<see cref="ExchangeStatuses"/>); an illegal move is refused with 409.</summary>
    public void MoveTo(ExchangeStatus status, DateTime nowUtc)
    {
        Status = ExchangeStatuses.Move(Status, status);
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>The hub has the envelope: its bytes are no longer needed here.</summary>
    public void Handed() => Envelope = null;

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}

/// <summary>One step of a message's timeline: a status sent back (received side) or received (sent side), with its XML while unsent.</summary>
internal sealed class ExchangeEvent
{
    public Guid Id { get; init; }

    public Guid MessageId { get; init; }

    public ExchangeStatus Status { get; init; }

    public DateTime AtUtc { get; init; }

    public string? Note { get; init; }

    /// <summary>The status message's XML for the hub (received side, until handed over).</summary>
    public byte[]? Payload { get; private set; }

    public static ExchangeEvent Create(Guid messageId, ExchangeStatus status, DateTime atUtc, string? note, byte[]? payload) => new()
    {
        Id = Guid.CreateVersion7(), MessageId = messageId, Status = status, AtUtc = atUtc, Note = note is { Length: > 1000 } ? note[..1000] : note, Payload = payload,
    };

    public void Handed() => Payload = null;
}
