namespace KyCuong.Web.Modules.Documents.DirectDocument;

internal sealed record DirectDocumentResponse(Guid DocumentId, IReadOnlyList<DirectedTask> Tasks);

internal sealed record DirectedTask(Guid Id, string? ClauseRef, Guid LeadUnitId, DateOnly? DueDate, string Status);
