using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

/// <summary>
/// Answers permission questions (<see cref="IAccessControl"/>) from the caller's grants, loaded once per request by
/// <see cref="CallerLoad"/>, with closure-table joins.
/// </summary>
internal sealed class AccessControl(CallerLoad load, AppDbContext db) : IAccessControl
{
    public async Task<bool> IsAdministratorAsync(CancellationToken ct) => (await load.LoadAsync(ct)).IsAdmin;

    public async Task<bool> HasAsync(Permission permission, Guid unitId, CancellationToken ct)
    {
        var loaded = await load.LoadAsync(ct);
        if (loaded.IsAdmin)
        {
            return true;
        }

        var roots = CallerLoad.Roots(loaded, permission);
        if (roots.Count == 0)
        {
            return false;
        }

        // The caller's own units: their ancestors are already read for the request.
        if (load.KnownAncestors is { } known && known.TryGetValue(unitId, out var above))
        {
            return roots.Any(above.Contains);
        }

        return await db.UnitClosures.AnyAsync(c => c.DescendantId == unitId && roots.Contains(c.AncestorId), ct);
    }

    public async Task EnsureAsync(Permission permission, Guid unitId, CancellationToken ct)
    {
        if (!await HasAsync(permission, unitId, ct))
        {
            throw new ForbiddenException("Bạn không có quyền thực hiện thao tác này tại đơn vị này. / You may not do this in this unit.");
        }
    }

    public async Task<bool> HasAnywhereAsync(Permission permission, CancellationToken ct)
    {
        var loaded = await load.LoadAsync(ct);
        return loaded.IsAdmin || loaded.Grants.Any(g => (g.Permissions & permission) == permission);
    }

    public async Task<IQueryable<Guid>?> ScopeAsync(Permission permission, CancellationToken ct)
    {
        var loaded = await load.LoadAsync(ct);
        if (loaded.IsAdmin)
        {
            return null;
        }

        var roots = CallerLoad.Roots(loaded, permission);
        return db.UnitClosures.Where(c => roots.Contains(c.AncestorId)).Select(c => c.DescendantId).Distinct();
    }

    /// <summary>
    /// Of the given units, those of kind office with a parent, mapped to that parent: the body the office acts for
    /// (<see cref="AccessPolicy.ActsForBody"/>, ADR 0003).
    /// </summary>
    internal static async Task<IReadOnlyDictionary<Guid, Guid>> OfficeParentsAsync(AppDbContext db, IEnumerable<Guid> unitIds, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, Guid>();
        }

        var offices = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id) && u.Kind == UnitKind.Office && u.ParentId != null)
            .Select(u => new { u.Id, u.ParentId }).ToListAsync(ct);
        return offices.ToDictionary(u => u.Id, u => u.ParentId!.Value);
    }
}
