namespace KyCuong.Web.Modules.Documents.DirectDocument;

internal sealed record DirectDocumentResponse(Guid DocumentId, IReadOnlyList<DirectedTask> Tasks, Guid? FocalUnitId = null);

internal sealed record DirectedTask(Guid Id, string? ClauseRef, Guid LeadUnitId, DateOnly? DueDate, string Status);
