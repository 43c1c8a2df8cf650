using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

/// <summary>Loads the caller's grants once per request and answers permission questions with closure-table joins.</summary>
internal sealed class AccessControl(AppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IAccessControl
{
    private (bool IsAdmin, IReadOnlyList<Grant> Grants)? _loaded;
    private Guid? _loadedFor;

    private async Task<(bool IsAdmin, IReadOnlyList<Grant> Grants)> LoadAsync(CancellationToken ct)
    {
        // Cached per scope and per acting user (a seeding scope may act as several demo accounts in turn).
        if (_loaded is { } loaded && _loadedFor == currentUser.UserId)
        {
            return loaded;
        }

        _loadedFor = currentUser.UserId;

        if (currentUser.UserId is not { } userId)
        {
            _loaded = (false, []);
            return _loaded.Value;
        }

        // A deactivated account acts for nobody, whatever token or cookie it still carries.
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsActive, ct))
        {
            _loaded = (false, []);
            return _loaded.Value;
        }

        var today = clock.Today();
        var positions = await db.Positions.AsNoTracking().Where(p => p.UserId == userId).ToListAsync(ct);
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.GranteeUserId == userId && d.RevokedAtUtc == null).ToListAsync(ct);
        var offices = await OfficeParentsAsync(db, positions.Select(p => p.UnitId), ct);
        _loaded = (AccessPolicy.IsAdministrator(positions, today), AccessPolicy.GrantsOn(today, positions, delegations, offices));
        return _loaded.Value;
    }

    public async Task<bool> IsAdministratorAsync(CancellationToken ct) => (await LoadAsync(ct)).IsAdmin;

    public async Task<bool> HasAsync(Permission permission, Guid unitId, CancellationToken ct)
    {
        var (isAdmin, grants) = await LoadAsync(ct);
        if (isAdmin)
        {
            return true;
        }

        var roots = grants.Where(g => (g.Permissions & permission) == permission).Select(g => g.UnitId).Distinct().ToList();
        if (roots.Count == 0)
        {
            return false;
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
        var (isAdmin, grants) = await LoadAsync(ct);
        return isAdmin || grants.Any(g => (g.Permissions & permission) == permission);
    }

    public async Task<IQueryable<Guid>?> ScopeAsync(Permission permission, CancellationToken ct)
    {
        var (isAdmin, grants) = await LoadAsync(ct);
        if (isAdmin)
        {
            return null;
        }

        var roots = grants.Where(g => (g.Permissions & permission) == permission).Select(g => g.UnitId).Distinct().ToList();
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
