namespace KyCuong.Web.Modules.Competence.ManageEntries;

/// <summary>An entry names a unit (<c>unitId</c>) or every unit of a kind (<c>unitKind</c>, e.g. <c>commune</c>), never both.</summary>
internal sealed record CreateEntryRequest(string? MatterCode, Guid? UnitId, string? UnitKind, string? Role, string? LegalBasis);

internal sealed record EntryItem(Guid Id, string MatterCode, string MatterName, string? Field, Guid? UnitId, string? UnitName, string? UnitKind, string Role, string LegalBasis);
