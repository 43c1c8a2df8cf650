namespace KyCuong.Web.Modules.Documents.RegisterDocument;

/// <summary>
/// docs/api.md "Documents": <c>{"direction","issuer","numberSymbol","date","type","subject","urgency","text"?}</c>, plus the other
/// NĐ 30/2020 components. For outgoing and internal documents the number is given by the register: send the symbol alone
/// ("UBND-VP" or "/UBND-VP"); a full "12/UBND-VP" is a number given by hand and later numbers continue after it.
/// </summary>
internal sealed record RegisterDocumentRequest(
    string? Direction,
    string? Issuer,
    string? NumberSymbol,
    DateOnly? Date,
    string? Type,
    string? Subject,
    string? Urgency,
    string? Text = null,
    Guid? IssuerUnitId = null,
    Guid? RegisteringUnitId = null,
    string? Secrecy = null,
    string? Place = null,
    string? Signer = null,
    string? SigningForm = null,
    IReadOnlyList<string>? Recipients = null,
    IReadOnlyList<string>? Distribution = null,
    DateOnly? ReceivedOn = null,
    string? HandledBy = null,
    string? Note = null,
    Guid? ImplementsTaskId = null);
