using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Documents.DirectDocument;

/// <summary>
/// The leader's direction (ý kiến chỉ đạo, NĐ 30/2020 art. 24): exactly one lead unit, any coordinating units, and a
/// deadline — a date, N working days from the day after today, or standing (thường xuyên). <see cref="Clauses"/> may
/// adjust a clause's task (its own lead, coordinators, deadline) or leave it out. <see cref="FocalUnitId"/> names the focal unit
/// (đầu mối theo dõi, e.g. Sở Nội vụ for the 280/CĐ-TTg rollout) whose monitors follow the whole cascade (ADR 0003).
/// <see cref="RequireAcknowledgement"/> asks every official of the lead and coordinating units (and below) to confirm "Đã đọc, quán
/// triệt" (docs/domain.md "Acknowledgement of directives").
/// </summary>
internal sealed record DirectDocumentRequest(
    Guid? LeadUnitId,
    IReadOnlyList<Guid>? CoordinatingUnitIds,
    [property: Deadline] DateOnly? DueDate,
    int? WorkingDays,
    bool? Standing,
    Guid? LeadUserId = null,
    string? Note = null,
    IReadOnlyList<ClauseDirection>? Clauses = null,
    Guid? FocalUnitId = null,
    bool? RequireAcknowledgement = null);

/// <summary>One clause's task; null fields take the direction's values.</summary>
internal sealed record ClauseDirection(
    string? Ref,
    bool Skip = false,
    [property: SingleLine] string? Title = null,
    Guid? LeadUnitId = null,
    IReadOnlyList<Guid>? CoordinatingUnitIds = null,
    [property: Deadline] DateOnly? DueDate = null,
    int? WorkingDays = null,
    bool? Standing = null);
