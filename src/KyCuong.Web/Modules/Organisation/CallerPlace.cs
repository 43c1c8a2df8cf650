using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

/// <summary>Where the signed-in caller stands in the tree (<see cref="ICallerPlace"/>), answered from the request's one <see cref="CallerLoad"/>.</summary>
internal sealed class CallerPlace(CallerLoad load, AppDbContext db, ICurrentUser currentUser, TimeProvider clock) : ICallerPlace
{
    public async Task<string?> FullNameAsync(CancellationToken ct) => (await load.LoadAsync(ct)).FullName;

    public async Task<IReadOnlyList<CallerUnit>> UnitsAsync(CancellationToken ct) => (await load.LoadAsync(ct)).Units;

    public async Task<IReadOnlyList<Guid>> UnitsWithAsync(Permission permission, CancellationToken ct)
    {
        var loaded = await load.LoadAsync(ct);
        var own = loaded.Units.Select(u => u.UnitId).ToList();
        if (loaded.IsAdmin || own.Count == 0)
        {
            return own;
        }

        var roots = CallerLoad.Roots(loaded, permission);
        if (roots.Count == 0)
        {
            return [];
        }

        // What HasAsync answers for each unit: a grant on the unit or one of its ancestors.
        var ancestors = await load.AncestorsAsync(ct);
        return own.Where(u => ancestors.TryGetValue(u, out var above) && roots.Any(above.Contains)).ToList();
    }

    public async Task<IReadOnlyList<Guid>> UnitsAndAboveAsync(CancellationToken ct)
    {
        var loaded = await load.LoadAsync(ct);
        var ancestors = await load.AncestorsAsync(ct);
        return loaded.Units.Select(u => u.UnitId).Concat(ancestors.Values.SelectMany(a => a)).Distinct().ToList();
    }

    public async Task<bool> ManagesAsync(Guid personUserId, CancellationToken ct)
    {
        if (currentUser.UserId is not { } me || me == personUserId)
        {
            return false;
        }

        var loaded = await load.LoadAsync(ct);
        if (load.ManagerOf.TryGetValue(personUserId, out var known))
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

        var loaded = await load.LoadAsync(ct);
        if (load.ManagerOf.TryGetValue(personUserId, out var known))
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
    private async Task<bool> ManagesAsync(CallerLoad.Loaded loaded, Guid personUserId, List<(Guid UnitId, OrgRole Roles)> positions, CancellationToken ct)
    {
        // NĐ 335/2025/NĐ-CP (thẩm quyền đánh giá): the head of the managing unit evaluates its people; the level above evaluates its heads.
        static bool Heads(OrgRole roles) => roles.HasFlag(OrgRole.Leader) || roles.HasFlag(OrgRole.DeputyLeader);
        var worksIn = positions.Where(p => !Heads(p.Roles)).Select(p => p.UnitId).Distinct().ToList();
        var heads = positions.Where(p => Heads(p.Roles)).Select(p => p.UnitId).Distinct().ToList();
        var roots = loaded.IsAdmin ? null : CallerLoad.Roots(loaded, Permission.AssignWork);
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

        load.ManagerOf[personUserId] = result;
        return result;
    }
}
