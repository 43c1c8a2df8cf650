using KyCuong.Web.Modules.Documents.ListDocuments;

namespace KyCuong.Web.Modules.Documents.GetDocument;

/// <summary>A document with all its NĐ 30/2020 components, its attachments, its direction and the tasks created from it.</summary>
internal sealed record DocumentDetails(
    DocumentListItem Summary,
    Guid? IssuerUnitId,
    string? Place,
    string? SigningForm,
    IReadOnlyList<string> Recipients,
    IReadOnlyList<string> Distribution,
    string? Text,
    string? Series,
    Guid? ImplementsTaskId,
    DateTimeOffset RegisteredAt,
    string? RegisteringUnitName,
    DirectionInfo? Direction,
    IReadOnlyList<AttachmentInfo> Attachments,
    IReadOnlyList<DocumentTaskInfo> Tasks);

/// <summary>The leader's direction; <see cref="FocalUnitId"/> is its focal unit (đầu mối theo dõi, ADR 0003), if named.</summary>
internal sealed record DirectionInfo(DateTimeOffset At, Guid LeadUnitId, string? LeadUnitName, Guid? LeadUserId, IReadOnlyList<Guid> CoordinatingUnitIds,
    IReadOnlyList<string> CoordinatingUnitNames, DateOnly? DueDate, int? WorkingDays, bool Standing, string? Note, Guid? FocalUnitId = null, string? FocalUnitName = null);

internal sealed record AttachmentInfo(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt);

internal sealed record DocumentTaskInfo(Guid TaskId, string? ClauseRef, string Title, Guid LeadUnitId, string? LeadUnitName, DateOnly? DueDate, IReadOnlyList<string> ImplementedBy);
