namespace KyCuong.Web.Modules.Documents.ListDocuments;

public sealed record DocumentPage(IReadOnlyList<DocumentListItem> Items, int Page, int PageSize, int Total);
