namespace KyCuong.Web.Modules.Documents.PresentDocument;

internal sealed record PresentDocumentResponse(Guid Id, DateTimeOffset PresentedAt, bool Late);
