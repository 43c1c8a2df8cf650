namespace KyCuong.Web.Modules.Submissions.Domain;

/// <summary>
/// A submission (tờ trình) from a unit to a unit above it (docs/domain.md §9): legal basis, competence, the submitting body's view and
/// a recommendation; with two or more options the chosen one and the reason; the consultation results as a snapshot taken
/// when it was drafted. It travels Draft → Submitted → (Returned → Submitted)* → Accepted.
/// </summary>
public sealed class Submission
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";

    public Guid SubmitterUnitId { get; set; }

    public Guid ToUnitId { get; set; }

    public string? MatterCode { get; set; }

    public string LegalBasis { get; set; } = "";

    public string Competence { get; set; } = "";

    public string SubmitterView { get; set; } = "";

    public string Recommendation { get; set; } = "";

    /// <summary>The options as JSON (<c>[{"label","description"}]</c>): they are read and written only with the submission.</summary>
    public string OptionsJson { get; set; } = "[]";

    public int? ChosenOptionIndex { get; set; }

    public string? ChoiceReason { get; set; }

    public Guid? ConsultationId { get; set; }

    /// <summary>The consultation's results when attached (JSON): each unit's outcome, deemed agreements, resolved disagreements.</summary>
    public string? ConsultationSnapshotJson { get; set; }

    /// <summary>docs/domain.md §9 "do not push up": the catalogue says the submitting unit decides this matter itself.</summary>
    public bool OwnCompetence { get; set; }

    public Guid? OwnCompetenceEntryId { get; set; }

    public SubmissionStatus Status { get; set; }

    public Guid CreatedByUserId { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime? FirstSubmittedAtUtc { get; set; }

    public DateTime? ClosedAtUtc { get; set; }

    public int ReturnCount { get; set; }
}

public enum SubmissionStatus
{
    Draft,
    Submitted,
    Returned,
    Accepted,
}
