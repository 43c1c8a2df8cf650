using KyCuong.Web.Modules.Documents.DirectDocument;

namespace KyCuong.Web.Modules.Documents.ImportDocument;

internal sealed record ImportDocumentResponse(Guid Id, int? ArrivalNumber, string? NumberSymbol, IReadOnlyList<DirectedTask> Tasks);
