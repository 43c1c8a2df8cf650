namespace KyCuong.Web.Modules.Consultations.GetConsultation;

/// <summary>
/// docs/api.md: <c>{"id","status","dueDate","participants":[{"unitId","outcome","respondedAt","lateResponse"?}],
/// "notices":[{"kind","toUnitId","createdAt"}]}</c>, plus subject, proposal, matter, warnings, working days left, late
/// answers, delay reasons and resolutions.
/// </summary>
internal sealed record ConsultationDetails(
    Guid Id,
    string Status,
    DateOnly DueDate,
    string Subject,
    string Proposal,
    Guid RequesterUnitId,
    string RequesterUnitName,
    Guid? SuperiorUnitId,
    string? MatterCode,
    Guid? TaskId,
    DateOnly RequestedOn,
    int? WorkingDays,
    bool DeadlinePassed,
    int WorkingDaysLeft,
    int CompetenceWarnings,
    IReadOnlyList<ParticipantDetails> Participants,
    IReadOnlyList<NoticeSummary> Notices,
    IReadOnlyList<AttachmentSummary> Attachments);

internal sealed record ParticipantDetails(
    Guid UnitId,
    string UnitName,
    string Outcome,
    string OutcomeLabel,
    string? Reasoning,
    DateTimeOffset? RespondedAt,
    bool LateResponse,
    LateAnswer? LateAnswer,
    bool GenericAnswer,
    string? GenericReason,
    string? DelayReason,
    DateTimeOffset? DelayNotifiedAt,
    DateTimeOffset? DeemedAt,
    bool CompetenceWarning,
    string? AcknowledgementReason,
    string Resolution,
    string? ResolutionNote,
    string? ResponsibilityMarkedPerson,
    string? ReturnReason,
    string? ReturnCitation);

internal sealed record LateAnswer(string Stance, string? Reasoning, DateTimeOffset RespondedAt);

internal sealed record NoticeSummary(Guid Id, string Kind, Guid ToUnitId, string ToUnitName, DateTimeOffset CreatedAt, string DocumentType, string Symbol, string Summary);

internal sealed record AttachmentSummary(Guid Id, string Name, string ContentType, long Size, string Sha256);
