namespace KyCuong.Web.Modules.Organisation.GetMe;

public sealed record MeResponse(Guid Id, string UserName, string FullName, bool IsAdministrator, IReadOnlyList<MyGrant> Grants);

public sealed record MyGrant(Guid UnitId, string UnitName, string? Title, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, bool ViaDelegation);
