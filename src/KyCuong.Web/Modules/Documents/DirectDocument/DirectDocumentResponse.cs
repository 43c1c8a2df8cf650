namespace KyCuong.Web.Modules.Documents.DirectDocument;

internal sealed record DirectDocumentResponse(Guid DocumentId, IReadOnlyList<DirectedTask> Tasks, Guid? FocalUnitId = null);

/// <summary><see cref="RequestedDueDate"/>: the date asked when it fell on a day off and <see cref="DueDate"/> is the next working day (Civil Code 2015 art. 148(5)).</summary>
internal sealed record DirectedTask(Guid Id, string? ClauseRef, Guid LeadUnitId, DateOnly? DueDate, string Status, DateOnly? RequestedDueDate = null);
