using KyCuong.Web.Modules.Tasks.Domain;

namespace KyCuong.Web.Modules.Tasks.GetTask;

/// <summary>
/// docs/api.md: <c>{"id","title","leadUnitId","coordinatingUnitIds","dueDate","status","completedOn","history":[{"at","actor","action",...}]}</c>,
/// plus who answers, the counts docs/domain.md §6 and §9 ask to be visible (extensions, returns, re-routings, the A→B→A flag) and
/// what the caller may do.
/// </summary>
internal sealed record TaskDetails(
    Guid Id,
    string Title,
    string? Description,
    Guid LeadUnitId,
    string LeadUnitName,
    IReadOnlyList<Guid> CoordinatingUnitIds,
    IReadOnlyList<UnitRef> CoordinatingUnits,
    DateOnly? DueDate,
    DateOnly? OriginalDueDate,
    int? WorkingDays,
    TaskStatusLabel Status,
    string StatusLabel,
    string State,
    DateOnly? CompletedOn,
    string? Result,
    Guid? ResultDocumentId,
    DateOnly ReceivedOn,
    Guid AssignerUnitId,
    string AssignerUnitName,
    PersonRef? AssignedBy,
    PersonRef? LeadUser,
    PersonRef? CurrentHolder,
    int? ProgressPercent,
    string? LastProgressNote,
    Guid? SourceDocumentId,
    string? ClauseRef,
    Guid? ParentTaskId,
    int ExtensionCount,
    int ReturnCount,
    int RerouteCount,
    int ReopenCount,
    bool Bounced,
    string? RecurringPeriod,
    IReadOnlyList<RoutingDto> Routings,
    IReadOnlyList<HandoffDto> Handoffs,
    IReadOnlyList<ExtensionDto> Extensions,
    IReadOnlyList<HistoryEntry> History,
    TaskActions Actions,
    int Version,
    ReviewDto? Review,
    bool AwaitingReview,
    IReadOnlyList<TaskAttachmentDto> Attachments);

/// <summary>A file reported with a completion; the content is at <c>GET /api/v1/tasks/{id}/attachments/{attachmentId}</c>.</summary>
internal sealed record TaskAttachmentDto(Guid Id, string FileName, string ContentType, long Size, DateOnly CompletedOn);

internal sealed record UnitRef(Guid Id, string Name);

internal sealed record PersonRef(Guid Id, string Name);

internal sealed record RoutingDto(int Sequence, string Kind, Guid UnitId, string UnitName, DateTimeOffset At, PersonRef? By, string? Reason, Guid? SuggestedUnitId, string? SuggestedUnitName);

/// <summary>One step of individual responsibility: who held the task, from when to when, with the step's own deadline.</summary>
internal sealed record HandoffDto(PersonRef? From, PersonRef To, DateTimeOffset At, DateOnly? StepDueDate, DateTimeOffset? EndedAt, string? Note);

internal sealed record ExtensionDto(Guid Id, string State, string Reason, DateOnly PreviousDueDate, DateOnly RequestedDueDate, PersonRef? RequestedBy,
    DateTimeOffset RequestedAt, PersonRef? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote);

/// <summary>One audit row: <c>{"at","actor","action",...}</c>.</summary>
internal sealed record HistoryEntry(DateTimeOffset At, string Actor, string? ActorName, string Action, string ActionLabel, string? Reason, System.Text.Json.JsonElement? Data);

/// <summary>What the caller may do now (the task page shows only these forms).</summary>
internal sealed record TaskActions(bool ReportProgress, bool HandOff, bool RequestExtension, bool DecideExtension, bool Complete, bool Return, bool Reroute, bool Reopen,
    bool Review);

/// <summary>docs/api.md: <c>"review": null | {"quality","majorError","note","at","by"}</c>, with whether it sent the task back and the completion it judged.</summary>
internal sealed record ReviewDto(string Quality, string QualityLabel, bool MajorError, string? Note, DateTimeOffset At, PersonRef? By, bool Reopened, DateOnly CompletedOn);
