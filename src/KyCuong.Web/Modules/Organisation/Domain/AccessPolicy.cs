using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Organisation.Domain;

/// <summary>
/// Pure rules turning positions and delegations into grants on a date.
/// docs/domain.md §4: a delegation is limited in scope and time, cannot be passed on, and grants nothing once expired.
/// </summary>
internal static class AccessPolicy
{
    public static IReadOnlyList<Grant> GrantsOn(DateOnly today, IEnumerable<Position> positions, IEnumerable<Delegation> delegations)
    {
        var grants = new List<Grant>();
        foreach (var p in positions)
        {
            if (p.IsInForceOn(today))
            {
                grants.Add(new Grant(p.UnitId, RolePermissions.For(p.Roles), ViaDelegation: false));
            }
        }

        foreach (var d in delegations)
        {
            if (d.GrantsOn(today))
            {
                // Administration can never be delegated: it is an account role, not a leader's power.
                grants.Add(new Grant(d.UnitId, d.Scope & Delegable, ViaDelegation: true));
            }
        }

        return grants;
    }

    /// <summary>What a leader may delegate: the powers of running work, not administration of the system.</summary>
    public const Permission Delegable = Permission.ViewWork | Permission.HandleWork | Permission.AssignWork
        | Permission.RegisterDocuments | Permission.Monitor | Permission.Inspect | Permission.SignDocuments;

    public static bool IsAdministrator(IEnumerable<Position> positions, DateOnly today) =>
        positions.Any(p => p.IsInForceOn(today) && p.Roles.HasFlag(OrgRole.Administrator));

    /// <summary>
    /// May the grantor delegate <paramref name="scope"/> on <paramref name="unitId"/>? Only powers held through the grantor's
    /// own positions count (no re-delegation), on that unit or an ancestor of it.
    /// </summary>
    public static bool CanDelegate(IEnumerable<Grant> grantorGrants, Permission scope, Func<Guid, bool> coversUnit)
    {
        if (scope == Permission.None || (scope & ~Delegable) != 0)
        {
            return false;
        }

        var held = Permission.None;
        foreach (var g in grantorGrants)
        {
            if (!g.ViaDelegation && coversUnit(g.UnitId))
            {
                held |= g.Permissions;
            }
        }

        return (held & scope) == scope && (held & Permission.AssignWork) != 0;
    }
}
