using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

/// <summary>
/// The signed-in caller's account, positions (with their units' kind and parent) and delegations, read once per request (scoped) for
/// both <see cref="IAccessControl"/> and <see cref="ICallerPlace"/>, and the ancestors of the caller's own units when first asked.
/// </summary>
internal sealed class CallerLoad(AppDbContext db, ICurrentUser currentUser, TimeProvider clock)
{
    internal sealed record Loaded(bool IsAdmin, IReadOnlyList<Grant> Grants, string? FullName, IReadOnlyList<CallerUnit> Units);

    /// <summary>
    /// What the statements above read, kept for the caller's own account page (<c>GET /api/v1/me</c>, the home page) so that it
    /// does not read the same account, positions and delegations a second time in the same request.
    /// </summary>
    internal sealed record Record(string? UserName, string FullName, IReadOnlyList<Position> Positions, IReadOnlyList<Delegation> Delegations, IReadOnlyDictionary<Guid, Guid> Offices);

    private Record? _record;

    /// <summary>The active caller's account, positions, delegations and office parents as read by <see cref="LoadAsync"/>; null when the caller is not an active account.</summary>
    public async Task<Record?> RecordAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return _record;
    }

    private Loaded? _loaded;
    private Guid? _loadedFor;

    /// <summary>The ancestors (themselves included) of the caller's own units, read once for the loaded caller.</summary>
    private IReadOnlyDictionary<Guid, HashSet<Guid>>? _ancestors;

    /// <summary>The ancestors of the caller's own units if they were read for this request already, else null.</summary>
    public IReadOnlyDictionary<Guid, HashSet<Guid>>? KnownAncestors => _loadedFor == currentUser.UserId ? _ancestors : null;

    /// <summary>Whether the loaded caller manages a person, decided once per person (<see cref="ICallerPlace.ManagesAsync(Guid, CancellationToken)"/>).</summary>
    public Dictionary<Guid, bool> ManagerOf { get; } = [];

    public async Task<Loaded> LoadAsync(CancellationToken ct)
    {
        // Cached per scope and per acting user (a seeding scope may act as several demo accounts in turn).
        if (_loaded is { } loaded && _loadedFor == currentUser.UserId)
        {
            return loaded;
        }

        _loadedFor = currentUser.UserId;
        _ancestors = null;
        _record = null;
        ManagerOf.Clear();

        if (currentUser.UserId is not { } userId)
        {
            return _loaded = new Loaded(false, [], null, []);
        }

        // A deactivated account acts for nobody, whatever token or cookie it still carries. Its name is read in the same statement
        // (the navigation shows it on every page).
        var account = await db.Users.AsNoTracking().Where(u => u.Id == userId && u.IsActive).Select(u => new { u.FullName, u.UserName }).FirstOrDefaultAsync(ct);
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
        _record = new Record(account.UserName, account.FullName, positions, delegations, offices);
        return _loaded = new Loaded(AccessPolicy.IsAdministrator(positions, today), AccessPolicy.GrantsOn(today, positions, delegations, offices), account.FullName, units);
    }

    /// <summary>The units where the caller's grants carry the permission (the roots of the subtrees it holds on).</summary>
    public static List<Guid> Roots(Loaded loaded, Permission permission) =>
        loaded.Grants.Where(g => (g.Permissions & permission) == permission).Select(g => g.UnitId).Distinct().ToList();

    /// <summary>The ancestors of the caller's own units (each unit itself included), one closure read per request.</summary>
    public async Task<IReadOnlyDictionary<Guid, HashSet<Guid>>> AncestorsAsync(CancellationToken ct)
    {
        var loaded = await LoadAsync(ct);
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
}
