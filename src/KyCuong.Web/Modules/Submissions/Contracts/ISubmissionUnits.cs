namespace KyCuong.Web.Modules.Submissions.Contracts;

/// <summary>The two units of a submission: who sent it and whom it went to (for events about it, e.g. webhooks).</summary>
public sealed record SubmissionUnits(Guid SubmitterUnitId, Guid ToUnitId);

/// <summary>What other modules may know of where a submission sits in the tree (no access check: the caller checks its own).</summary>
public interface ISubmissionUnits
{
    Task<SubmissionUnits?> FindAsync(Guid submissionId, CancellationToken ct);
}
