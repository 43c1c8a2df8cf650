using KyCuong.Web.Modules.Competence.Contracts;

namespace KyCuong.Web.Modules.Submissions.SaveSubmission;

internal sealed record SubmissionOptionInput(string? Label, string? Description);

/// <summary>A submission (tờ trình, docs/domain.md §9) as drafted or edited by the sending unit.</summary>
internal sealed record SaveSubmissionRequest(
    string? Title,
    Guid? SubmitterUnitId,
    Guid? ToUnitId,
    string? MatterCode,
    string? LegalBasis,
    string? Competence,
    string? SubmitterView,
    string? Recommendation,
    IReadOnlyList<SubmissionOptionInput>? Options,
    int? ChosenOptionIndex,
    string? ChoiceReason,
    Guid? ConsultationId);

/// <summary><c>ownCompetence</c>: the catalogue says the submitting unit decides this matter itself ("do not push up"), with the entry.</summary>
internal sealed record SaveSubmissionResponse(Guid Id, string Status, bool OwnCompetence, CompetenceLink? OwnCompetenceEntry, bool ConsultationAttached);
