namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>
/// The one authorisation model used by every endpoint and page: a permission (what) on a unit's subtree (where).
/// Administrators act everywhere.
/// </summary>
public interface IAccessControl
{
    Task<bool> IsAdministratorAsync(CancellationToken ct);

    /// <summary>Does the current user hold <paramref name="permission"/> on <paramref name="unitId"/> (through that unit or an ancestor)?</summary>
    Task<bool> HasAsync(Permission permission, Guid unitId, CancellationToken ct);

    /// <summary>Throws <see cref="ForbiddenException"/> (403) unless <see cref="HasAsync"/>.</summary>
    Task EnsureAsync(Permission permission, Guid unitId, CancellationToken ct);

    /// <summary>Does the current user hold the permission anywhere?</summary>
    Task<bool> HasAnywhereAsync(Permission permission, CancellationToken ct);

    /// <summary>The units where the permission holds, as a query to compose (null = everywhere, for administrators).</summary>
    Task<IQueryable<Guid>?> ScopeAsync(Permission permission, CancellationToken ct);
}
