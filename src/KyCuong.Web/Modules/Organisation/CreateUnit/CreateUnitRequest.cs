using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Organisation.CreateUnit;

internal sealed record CreateUnitRequest(string? Name, string? ShortName, Guid? ParentId, UnitKind? Kind, DateOnly? ValidFrom = null);
