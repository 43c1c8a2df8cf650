namespace KyCuong.Web.Modules.Exchange.Domain;

/// <summary>An organisation in an edXML header (QCVN 102:2016/BTTTT, <c>From</c>/<c>To</c>): its agency code and name.</summary>
internal sealed record EdXmlOrgan(string OrganId, string OrganName);

/// <summary>One file carried by an envelope: its reference in the <c>Manifest</c> and its bytes (base64 in the XML).</summary>
internal sealed record EdXmlAttachment(string ContentId, string AttachmentName, string ContentType, byte[] Content);

/// <summary>
/// The document an edXML envelope carries (QCVN 102:2016/BTTTT, <c>MessageHeader</c>): sender and recipients by agency code, the
/// envelope's document id, number and notation, promulgation place and date, type, subject, steering type, signer, due date,
/// priority (độ khẩn), and the attachments. docs/domain.md "edXML exchange" lists the elements written and read.
/// </summary>
internal sealed record EdXmlEnvelope(
    EdXmlOrgan From,
    IReadOnlyList<EdXmlOrgan> To,
    string DocumentId,
    string? CodeNumber,
    string? CodeNotation,
    string? Place,
    DateOnly? PromulgationDate,
    string? DocumentType,
    string Subject,
    int SteeringType,
    int Priority,
    DateOnly? DueDate,
    string? SignerFullName,
    string? SignerPosition,
    string? SignerCompetence,
    DateTimeOffset SentAt,
    IReadOnlyList<EdXmlAttachment> Attachments)
{
    /// <summary>"919/UBND-NC" from <c>CodeNumber</c> and <c>CodeNotation</c> (either may be absent).</summary>
    public string? NumberSymbol => (CodeNumber, CodeNotation) switch
    {
        (null or "", null or "") => null,
        (null or "", var n) => n,
        (var c, null or "") => c,
        var (c, n) => c + "/" + n,
    };

    /// <summary>Splits "919/UBND-NC" at the first slash into number and notation, as <c>Code</c> carries them.</summary>
    public static (string? Number, string? Notation) SplitNumberSymbol(string? numberSymbol)
    {
        if (string.IsNullOrWhiteSpace(numberSymbol))
        {
            return (null, null);
        }

        var slash = numberSymbol.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? (null, numberSymbol.Trim()) : (numberSymbol[..slash].Trim(), numberSymbol[(slash + 1)..].Trim());
    }
}

/// <summary>
/// A status message (QCVN 102:2016/BTTTT, <c>Status</c>): which document it answers (<c>ResponseFor</c>: the original sender's
/// agency code and the envelope's document id), who sends it, the status code, a description and the time.
/// </summary>
internal sealed record EdXmlStatusMessage(
    string ResponseForOrganId,
    string ResponseForDocumentId,
    string? ResponseForCode,
    EdXmlOrgan From,
    ExchangeStatus Status,
    string? Description,
    DateTimeOffset Timestamp);

/// <summary>A malformed or hostile edXML body: answered 400 with this code, nothing changed.</summary>
internal sealed class EdXmlFormatException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
