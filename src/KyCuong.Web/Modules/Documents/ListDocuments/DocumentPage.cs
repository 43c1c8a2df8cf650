namespace KyCuong.Web.Modules.Documents.ListDocuments;

internal sealed record DocumentPage(IReadOnlyList<DocumentListItem> Items, int Page, int PageSize, int Total);
