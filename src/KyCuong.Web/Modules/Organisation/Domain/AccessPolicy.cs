using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Organisation.Domain;

/// <summary>
/// Pure rules turning positions and delegations into grants on a date.
/// docs/domain.md §4: a delegation is limited in scope and time, cannot be passed on, and grants nothing once expired.
/// </summary>
internal static class AccessPolicy
{
    /// <summary>
    /// The roles an office (văn phòng) exercises for the body above it: its monitors chase and its clerks register for the whole
    /// body (Nghị định 30/2020/NĐ-CP art. 11 and Nghị định 24/2014/NĐ-CP as amended, docs/domain.md §2; ADR 0003 "The office
    /// acts for its body"). Every other role of the same position stays on the office itself.
    /// </summary>
    public const OrgRole ActsForBody = OrgRole.Monitor | OrgRole.Clerk;

    /// <param name="officeParents">
    /// For each unit of kind office among the positions' units, its parent (the body it serves). A position there grants its
    /// <see cref="ActsForBody"/> roles on the parent's subtree instead of the office's.
    /// </param>
    public static IReadOnlyList<Grant> GrantsOn(DateOnly today, IEnumerable<Position> positions, IEnumerable<Delegation> delegations,
        IReadOnlyDictionary<Guid, Guid>? officeParents = null)
    {
        var grants = new List<Grant>();
        foreach (var p in positions)
        {
            if (!p.IsInForceOn(today))
            {
                continue;
            }

            if (officeParents is not null && officeParents.TryGetValue(p.UnitId, out var body) && (p.Roles & ActsForBody) != 0)
            {
                grants.Add(new Grant(body, RolePermissions.For(p.Roles & ActsForBody), ViaDelegation: false));
                var rest = p.Roles & ~ActsForBody;
                if (rest != OrgRole.None)
                {
                    grants.Add(new Grant(p.UnitId, RolePermissions.For(rest), ViaDelegation: false));
                }

                continue;
            }

            grants.Add(new Grant(p.UnitId, RolePermissions.For(p.Roles), ViaDelegation: false));
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
