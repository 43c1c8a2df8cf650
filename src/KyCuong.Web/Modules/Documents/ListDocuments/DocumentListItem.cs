namespace KyCuong.Web.Modules.Documents.ListDocuments;

/// <summary>
/// One row of the registers (NĐ 30/2020 Phụ lục IV): incoming — arrival date and number, issuer, number/symbol, date, type
/// and subject, recipient unit/person, note; outgoing — number/symbol, date, type and subject, signer, recipients; tracking —
/// lead unit, deadline, tasks, replies. <see cref="Urgent"/> rows come first; <see cref="NotPresentedOverdue"/> is the flag.
/// </summary>
internal sealed record DocumentListItem(
    Guid Id,
    string Direction,
    int? ArrivalNumber,
    DateOnly? ReceivedOn,
    string IssuerName,
    string? NumberSymbol,
    DateOnly? Date,
    string? Type,
    string Subject,
    string? Urgency,
    string? Secrecy,
    bool Urgent,
    string? HandledBy,
    string? Signer,
    string? Recipients,
    string? Note,
    bool Presented,
    DateTimeOffset? PresentedAt,
    DateOnly? PresentDueDate,
    bool NotPresentedOverdue,
    bool Directed,
    Guid? LeadUnitId,
    string? LeadUnitName,
    DateOnly? DirectionDueDate,
    int TaskCount,
    IReadOnlyList<string> Replies,
    Guid RegisteringUnitId);
