namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>The signed-in person, their positions and powers (the API's <c>/me</c> and the home page).</summary>
public sealed record MeResponse(Guid Id, string UserName, string FullName, bool IsAdministrator, IReadOnlyList<MyGrant> Grants);

/// <summary>One position or delegation of the signed-in person, with the roles and permissions it gives on a unit's subtree.</summary>
public sealed record MyGrant(Guid UnitId, string UnitName, string? Title, IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions, bool ViaDelegation);
