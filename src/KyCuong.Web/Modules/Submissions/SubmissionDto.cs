using KyCuong.Web.Modules.Competence.Contracts;
using KyCuong.Web.Modules.Submissions.Domain;
using KyCuong.Web.Modules.Submissions.SaveSubmission;

namespace KyCuong.Web.Modules.Submissions;

internal sealed record SubmissionOptionDto(string Label, string? Description);

internal sealed record SubmissionUnitRef(Guid Id, string Name);

/// <summary>One step between the sender and the office; a return names its reason, note and the catalogue entry cited.</summary>
internal sealed record SubmissionEventDto(int Sequence, string Kind, DateTimeOffset At, string? By, string? ReturnReason, string? Note, CompetenceLink? CatalogueEntry);

internal sealed record SubmissionActions(bool Edit, bool Submit, bool Return, bool Accept);

internal sealed record SubmissionDto(
    Guid Id,
    string Title,
    string Status,
    SubmissionUnitRef SubmitterUnit,
    SubmissionUnitRef ToUnit,
    string? MatterCode,
    string? MatterName,
    string LegalBasis,
    string Competence,
    string SubmitterView,
    string Recommendation,
    IReadOnlyList<SubmissionOptionDto> Options,
    int? ChosenOptionIndex,
    string? ChoiceReason,
    Guid? ConsultationId,
    ConsultationSnapshot? Consultation,
    IReadOnlyList<Consultations.Contracts.ConsultationParticipantResult> RemainingDifferences,
    bool OwnCompetence,
    CompetenceLink? OwnCompetenceEntry,
    int ReturnCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FirstSubmittedAt,
    SubmissionClockDto Clock,
    IReadOnlyList<SubmissionEventDto> History,
    SubmissionActions Actions)
{
    public static string StatusName(SubmissionStatus s) => s switch
    {
        SubmissionStatus.Draft => "draft",
        SubmissionStatus.Submitted => "submitted",
        SubmissionStatus.Returned => "returned",
        _ => "accepted",
    };

    public static string StatusLabel(string s) => s switch
    {
        "draft" => "Dự thảo",
        "submitted" => "Đã trình, chờ Văn phòng xem xét",
        "returned" => "Bị trả lại, chờ đơn vị hoàn thiện",
        "accepted" => "Đã tiếp nhận",
        _ => s,
    };

    public static string ReturnReasonLabel(string? r) => r switch
    {
        "procedure" => "Chưa đúng thủ tục",
        "quality" => "Chưa đạt chất lượng",
        "competence" => "Không thuộc thẩm quyền cấp trên (thuộc thẩm quyền đơn vị khác hoặc của chính đơn vị trình)",
        _ => r ?? "",
    };
}

internal sealed record SubmissionListItem(Guid Id, string Title, string Status, Guid SubmitterUnitId, string SubmitterUnitName, Guid ToUnitId, string ToUnitName,
    bool OwnCompetence, int ReturnCount, DateTimeOffset CreatedAt, DateTimeOffset? FirstSubmittedAt);

internal sealed record SubmissionPage(IReadOnlyList<SubmissionListItem> Items, int Page, int PageSize, int Total);
