namespace KyCuong.Web.Modules.Documents.MatchUnits;

/// <summary>Names read from a document; the issuer's unit (when known) prefers its own subtree ("Sở Nội vụ" of that province).</summary>
internal sealed record MatchUnitsRequest(IReadOnlyList<string>? Names, Guid? IssuerUnitId = null, DateOnly? On = null);
