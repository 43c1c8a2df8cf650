namespace KyCuong.Web.Modules.Documents.RegisterDocument;

/// <summary>docs/api.md: <c>201 {"id","arrivalNumber"?}</c>; the number and symbol given by the register are added.</summary>
internal sealed record RegisterDocumentResponse(Guid Id, int? ArrivalNumber, string? NumberSymbol, int? Number);
