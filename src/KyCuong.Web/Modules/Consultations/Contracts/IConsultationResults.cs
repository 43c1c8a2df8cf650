namespace KyCuong.Web.Modules.Consultations.Contracts;

/// <summary>
/// One consulted unit's result. <see cref="Outcome"/> is the docs/api.md value (<c>pending</c>, <c>agreed</c>,
/// <c>agreedWithConditions</c>, <c>disagreed</c>, <c>deemedAgreed</c>, <c>delayNotified</c>). <see cref="Resolution"/> is
/// for a disagreement: <c>none</c>, <c>reconciled</c> (a meeting or exchange was recorded) or <c>escalated</c> (the
/// superior decided to take it up), with its note.
/// </summary>
public sealed record ConsultationParticipantResult(
    Guid UnitId,
    string UnitName,
    string Outcome,
    string? Reasoning,
    DateTime? RespondedAtUtc,
    bool LateResponse,
    bool GenericAnswer,
    string Resolution,
    string? ResolutionNote);

public sealed record ConsultationResult(
    Guid Id,
    string Subject,
    string? MatterCode,
    Guid RequesterUnitId,
    string Status,
    DateOnly DueDate,
    IReadOnlyList<ConsultationParticipantResult> Participants)
{
    /// <summary>Someone has not answered and the deadline has not yet passed.</summary>
    public bool HasPending => Participants.Any(p => p.Outcome == "pending");

    /// <summary>docs/domain.md §8: disagreements with neither a reconciliation nor the superior's decision on escalation.</summary>
    public IReadOnlyList<ConsultationParticipantResult> UnresolvedDisagreements =>
        Participants.Where(p => p.Outcome == "disagreed" && p.Resolution == "none").ToList();
}

/// <summary>What submissions may read of a consultation (no access check here: the caller checks its own).</summary>
public interface IConsultationResults
{
    Task<ConsultationResult?> GetAsync(Guid consultationId, CancellationToken ct);
}
