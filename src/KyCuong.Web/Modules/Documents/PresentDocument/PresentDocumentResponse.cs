namespace KyCuong.Web.Modules.Documents.PresentDocument;

public sealed record PresentDocumentResponse(Guid Id, DateTimeOffset PresentedAt, bool Late);
