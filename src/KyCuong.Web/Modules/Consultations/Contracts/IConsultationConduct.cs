namespace KyCuong.Web.Modules.Consultations.Contracts;

/// <summary>An answer without a clear stance (docs/domain.md §8: flagged as generic), who gave it and when.</summary>
public sealed record GenericAnswerFact(Guid ConsultationId, string Subject, Guid RespondedByUserId, DateTime RespondedAtUtc, string? Reason);

/// <summary>A body consulted although it has no competence link to the subject (docs/domain.md §8: consult only bodies directly concerned).</summary>
public sealed record UnrelatedConsultFact(Guid ConsultationId, string Subject, Guid RequestedByUserId, Guid ConsultedUnitId, DateTime CreatedAtUtc,
    string? AcknowledgementReason);

/// <summary>What the Evaluation module's patterns read of consultations: never Consultations' tables directly.</summary>
public interface IConsultationConduct
{
    /// <summary>Generic answers these people gave in <c>[fromUtc, toUtc)</c>.</summary>
    Task<IReadOnlyList<GenericAnswerFact>> GenericAnswersByAsync(IReadOnlyCollection<Guid> userIds, DateTime fromUtc, DateTime toUtc, CancellationToken ct);

    /// <summary>Bodies these people consulted with a competence warning, in consultations created in <c>[fromUtc, toUtc)</c>.</summary>
    Task<IReadOnlyList<UnrelatedConsultFact>> UnrelatedConsultedByAsync(IReadOnlyCollection<Guid> userIds, DateTime fromUtc, DateTime toUtc, CancellationToken ct);
}
