using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

/// <summary>
/// Loads the caller's account, positions (with their units' kind and parent) and delegations once per request and answers permission
/// questions with closure-table joins (<see cref="IAccessControl"/>), and the caller's place in the tree from the same load
/// (<see cref="ICallerPlace"/>).
/// </summary>
internal sealed class AccessControl(AppDbContext db, ICurrentUser currentUser, TimeProvider clock) : IAccessControl, ICallerPlace
{
    private sealed record Loaded(bool IsAdmin, IReadOnlyList<Grant> Grants, string? FullName, IReadOnlyList<CallerUnit> Units);

    private Loaded? _loaded;
    private Guid? _loadedFor;

    /// <summary>The ancestors (themselves included) of the caller's own units, read once for the loaded caller.</summary>
    private IReadOnlyDictionary<Guid, HashSet<Guid>>? _ancestors;

    /// <summary>Whether the loaded caller manages a person, decided once per person.</summary>
    private readonly Dictionary<Guid, bool> _managerOf = [];

    private async Task<Loaded> LoadAsync(CancellationToken ct)
    {
        // Cached per scope and per acting user (a seeding scope may act as several demo accounts in turn).
        if (_loaded is { } loaded && _loadedFor == currentUser.UserId)
        {
            return loaded;
        }

        _loadedFor = currentUser.UserId;
        _ancestors = null;
        _managerOf.Clear();

        if (currentUser.UserId is not { } userId)
        {
            return _loaded = new Loaded(false, [], null, []);
        }

        // A deactivated account acts for nobody, whatever token or cookie it still carries. Its name is read in the same statement
        // (the navigation shows it on every page).
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.IsActive).Select(u => new { u.FullName }).FirstOrDefaultAsync(ct);
        if (account is null)
        {
            return _loaded = new Loaded(false, [], null, []);
        }

        var today = clock.Today();
        // The positions with their units' kind and parent in one statement: an office's positions act for the body above it (ADR 0003).
        var rows = await (from p in db.Positions.AsNoTracking()
                          join u in db.Units.AsNoTracking() on p.UnitId equals u.Id
                          where p.UserId == userId
                          select new { Position = p, u.Kind, u.ParentId }).ToListAsync(ct);
        var positions = rows.Select(r => r.Position).ToList();
        var delegations = await db.Delegations.AsNoTracking().Where(d => d.GranteeUserId == userId && d.RevokedAtUtc == null).ToListAsync(ct);
        var offices = rows.Where(r => r.Kind == UnitKind.Office && r.ParentId != null).GroupBy(r => r.Position.UnitId).ToDictionary(g => g.Key, g => g.First().ParentId!.Value);
        var units = rows.Where(r => r.Position.IsInForceOn(today)).GroupBy(r => r.Position.UnitId)
            .Select(g => new CallerUnit(g.Key, g.First().Kind, g.First().ParentId, g.Aggregate(OrgRole.None, (roles, r) => roles | r.Position.Roles))).ToList();
        return _loaded = new Loaded(AccessPolicy.IsAdministrator(positions, today), AccessPolicy.GrantsOn(today, positions, delegations, offices), account.FullName, units);
    }

    public async Task<bool> IsAdministratorAsync(CancellationToken ct) => (await LoadAsync(ct)).IsAdmin;

    /// <summary>The units where the caller's grants carry the permission (the roots of the subtrees it holds on).</summary>
    private static List<Guid> Roots(Loaded loaded, Permission permission) =>
        loaded.Grants.Where(g => (g.Permissions & permission) == permission).Select(g => g.UnitId).Distinct().ToList();

    public async Task<bool> HasAsync(Permission permission, Guid unitId, CancellationToken ct)
    {
        var loaded = await LoadAsync(ct);
        if (loaded.IsAdmin)
        {
            return true;
        }

        var roots = Roots(loaded, permission);
        if (roots.Count == 0)
        {
            return false;
        }

        // The caller's own units: their ancestors are already read for the request.
        if (_ancestors is { } known && known.TryGetValue(unitId, out var above))
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
        var loaded = await LoadAsync(ct);
        return loaded.IsAdmin || loaded.Grants.Any(g => (g.Permissions & permission) == permission);
    }

    public async Task<IQueryable<Guid>?> ScopeAsync(Permission permission, CancellationToken ct)
    {
        var loaded = await LoadAsync(ct);
        if (loaded.IsAdmin)
        {
            return null;
        }

        var roots = Roots(loaded, permission);
        return db.UnitClosures.Where(c => roots.Contains(c.AncestorId)).Select(c => c.DescendantId).Distinct();
    }

    public async Task<string?> FullNameAsync(CancellationToken ct) => (await LoadAsync(ct)).FullName;

    public async Task<IReadOnlyList<CallerUnit>> UnitsAsync(CancellationToken ct) => (await LoadAsync(ct)).Units;

    /// <summary>The ancestors of the caller's own units (each unit itself included), one closure read per request.</summary>
    private async Task<IReadOnlyDictionary<Guid, HashSet<Guid>>> AncestorsAsync(Loaded loaded, CancellationToken ct)
    {
        if (_ancestors is { } known)
        {
            return known;
        }

        var ids = loaded.Units.Select(u => u.UnitId).ToList();
        if (ids.Count == 0)
        {
            return _ancestors = new Dictionary<Guid, HashSet<Guid>>();
        }

        var rows = await db.UnitClosures.AsNoTracking().Where(c => ids.Contains(c.DescendantId)).Select(c => new { c.DescendantId, c.AncestorId }).ToListAsync(ct);
        return _ancestors = rows.GroupBy(r => r.DescendantId).ToDictionary(g => g.Key, g => g.Select(r => r.AncestorId).ToHashSet());
    }

    public async Task<IReadOnlyList<Guid>> UnitsWithAsync(Permission permission, CancellationToken ct)
    {
        var loaded = await LoadAsync(ct);
        var own = loaded.Units.Select(u => u.UnitId).ToList();
        if (loaded.IsAdmin || own.Count == 0)
        {
            return own;
        }

        var roots = Roots(loaded, permission);
        if (roots.Count == 0)
        {
            return [];
        }

        // What HasAsync answers for each unit: a grant on the unit or one of its ancestors.
        var ancestors = await AncestorsAsync(loaded, ct);
        return own.Where(u => ancestors.TryGetValue(u, out var above) && roots.Any(above.Contains)).ToList();
    }

    public async Task<IReadOnlyList<Guid>> UnitsAndAboveAsync(CancellationToken ct)
    {
        var loaded = await LoadAsync(ct);
        var ancestors = await AncestorsAsync(loaded, ct);
        return loaded.Units.Select(u => u.UnitId).Concat(ancestors.Values.SelectMany(a => a)).Distinct().ToList();
    }

    public async Task<bool> ManagesAsync(Guid personUserId, CancellationToken ct)
    {
        if (currentUser.UserId is not { } me || me == personUserId)
        {
            return false;
        }

        var loaded = await LoadAsync(ct);
        if (_managerOf.TryGetValue(personUserId, out var known))
        {
            return known;
        }

        // The person's positions in force today (an inactive account has none), as IPeopleDirectory.PositionsOfAsync reads them.
        var today = clock.Today();
        var positions = await (from p in db.Positions.AsNoTracking()
                               join u in db.Users.AsNoTracking() on p.UserId equals u.Id
                               where p.UserId == personUserId && u.IsActive && (p.ValidFrom == null || p.ValidFrom <= today) && (p.ValidTo == null || p.ValidTo >= today)
                               select new { p.UnitId, p.Roles }).ToListAsync(ct);
        return await ManagesAsync(loaded, personUserId, positions.Select(p => (p.UnitId, p.Roles)).ToList(), ct);
    }

    public async Task<bool> ManagesAsync(Guid personUserId, IReadOnlyList<PersonPosition> positionsToday, CancellationToken ct)
    {
        if (currentUser.UserId is not { } me || me == personUserId)
        {
            return false;
        }

        var loaded = await LoadAsync(ct);
        if (_managerOf.TryGetValue(personUserId, out var known))
        {
            return known;
        }

        return await ManagesAsync(loaded, personUserId, positionsToday.Where(p => p.UserId == personUserId).Select(p => (p.UnitId, p.Roles)).ToList(), ct);
    }

    /// <summary>
    /// docs/domain.md "Who manages a person": AssignWork on a unit the person works in; for a position as head or deputy head of a unit,
    /// on the unit above it (so a deputy never manages their own head). Asked of the closure in one statement: the ancestors of a led
    /// unit at depth 1 or more are the ancestors of its parent, itself included.
    /// </summary>
    private async Task<bool> ManagesAsync(Loaded loaded, Guid personUserId, List<(Guid UnitId, OrgRole Roles)> positions, CancellationToken ct)
    {
        // NĐ 335/2025/NĐ-CP (thẩm quyền đánh giá): the head of the managing unit evaluates its people; the level above evaluates its heads.
        static bool Heads(OrgRole roles) => roles.HasFlag(OrgRole.Leader) || roles.HasFlag(OrgRole.DeputyLeader);
        var worksIn = positions.Where(p => !Heads(p.Roles)).Select(p => p.UnitId).Distinct().ToList();
        var heads = positions.Where(p => Heads(p.Roles)).Select(p => p.UnitId).Distinct().ToList();
        var roots = loaded.IsAdmin ? null : Roots(loaded, Permission.AssignWork);
        bool result;
        if (positions.Count == 0 || roots is { Count: 0 })
        {
            result = false;
        }
        else
        {
            var closure = db.UnitClosures.AsNoTracking().Where(c => worksIn.Contains(c.DescendantId) || (heads.Contains(c.DescendantId) && c.Depth >= 1));
            // An administrator holds AssignWork everywhere: it manages whoever has a unit to manage them from (not the root's head).
            result = roots is null
                ? worksIn.Count > 0 || await closure.AnyAsync(ct)
                : await closure.AnyAsync(c => roots.Contains(c.AncestorId), ct);
        }

        _managerOf[personUserId] = result;
        return result;
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
