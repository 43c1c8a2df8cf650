namespace KyCuong.Web.Modules.Documents.ListDocuments;

/// <summary>Filters of the registers: direction (incoming, outgoing, internal), register year, free text, page (from 1).</summary>
internal sealed record ListDocumentsQuery(string? Direction, int? Year, string? Q, int? Page, int? PageSize = null, bool? NotPresented = null);
