using KyCuong.Web.Modules.Consultations.Contracts;

namespace KyCuong.Web.Modules.Submissions.SaveSubmission;

/// <summary>The consultation results as attached to a submission: fixed when drafted, shown to the superior as they were.</summary>
internal sealed record ConsultationSnapshot(Guid Id, string Subject, string Status, DateOnly DueDate, IReadOnlyList<ConsultationParticipantResult> Participants)
{
    /// <summary>docs/domain.md §8: differences that remain after reconciliation or escalation are listed in the submission.</summary>
    public IReadOnlyList<ConsultationParticipantResult> RemainingDifferences =>
        Participants.Where(p => p.Outcome is "disagreed" or "agreedWithConditions").ToList();

    public static ConsultationSnapshot From(ConsultationResult r) => new(r.Id, r.Subject, r.Status, r.DueDate, r.Participants);
}
