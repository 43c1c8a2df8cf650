namespace KyCuong.Web.Modules.Submissions.Contracts;

/// <summary>A submission on a matter within the submitter's own competence (docs/domain.md §9: do not push up), sent to the superior.</summary>
public sealed record OwnCompetenceSubmission(Guid SubmissionId, string Title, Guid CreatedByUserId, Guid SubmitterUnitId, DateTime SubmittedAtUtc);

/// <summary>What the Evaluation module's patterns read of submissions: never Submissions' tables directly.</summary>
public interface IOwnCompetenceSubmissions
{
    /// <summary>Those drafted by these people and first submitted in <c>[fromUtc, toUtc)</c>, oldest first.</summary>
    Task<IReadOnlyList<OwnCompetenceSubmission>> SubmittedByAsync(IReadOnlyCollection<Guid> userIds, DateTime fromUtc, DateTime toUtc, CancellationToken ct);
}
