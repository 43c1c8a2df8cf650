namespace KyCuong.Web.Modules.Documents.DirectDocument;

public sealed record DirectDocumentResponse(Guid DocumentId, IReadOnlyList<DirectedTask> Tasks);

public sealed record DirectedTask(Guid Id, string? ClauseRef, Guid LeadUnitId, DateOnly? DueDate, string Status);
