using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Organisation.Domain;

/// <summary>Permissions on a unit's subtree, held through a position or a delegation.</summary>
internal sealed record Grant(Guid UnitId, Permission Permissions, bool ViaDelegation);
