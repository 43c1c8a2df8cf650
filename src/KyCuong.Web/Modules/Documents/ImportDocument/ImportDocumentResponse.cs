using KyCuong.Web.Modules.Documents.DirectDocument;

namespace KyCuong.Web.Modules.Documents.ImportDocument;

public sealed record ImportDocumentResponse(Guid Id, int? ArrivalNumber, string? NumberSymbol, IReadOnlyList<DirectedTask> Tasks);
