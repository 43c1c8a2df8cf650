using System.Globalization;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

/// <summary>
/// See <see cref="IAssignableUnits"/>. The lists are computed once per scope from the directory (one query) and the caller's
/// AssignWork scope; a single unit's answer is read from the closure table without the directory.
/// </summary>
internal sealed class AssignableUnits(IUnitDirectory units, IAccessControl access, ICurrentUser currentUser, AppDbContext db, TimeProvider clock) : IAssignableUnits
{
    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false);

    private AssignableUnitSet? _set;
    private Guid? _setFor;
    private HashSet<Guid>? _mine;
    private Guid? _mineFor;
    private bool _mineRead;

    public async Task<AssignableUnitSet> ForCurrentUserAsync(CancellationToken ct)
    {
        // Cached per scope and per acting person, as AccessControl is: a seeding scope acts as several demo accounts in turn.
        if (_set is not null && _setFor == currentUser.UserId)
        {
            return _set;
        }

        _setFor = currentUser.UserId;

        var today = clock.Today();
        var all = await units.ListAsync(ct);
        var byId = all.ToDictionary(u => u.Id);
        var inForce = all.Where(u => (u.ValidFrom is null || u.ValidFrom <= today) && (u.ValidTo is null || today <= u.ValidTo)).ToList();
        if (await MineAsync(ct) is not { } mine)
        {
            var every = Choices(inForce, byId);
            return _set = new AssignableUnitSet(every, every, everywhere: true);
        }

        var lead = inForce.Where(u => mine.Contains(u.Id)).ToList();
        var ids = mine.ToList();
        List<UnitDto> coordinating;
        if (await HoldsTheRootAsync(ids, ct))
        {
            coordinating = inForce;
        }
        else
        {
            var bodies = BodiesOf(ids);
            var reach = (await db.UnitClosures.Where(c => bodies.Contains(c.AncestorId)).Select(c => c.DescendantId).ToListAsync(ct)).ToHashSet();
            coordinating = inForce.Where(u => reach.Contains(u.Id)).ToList();
        }

        return _set = new AssignableUnitSet(Choices(lead, byId), Choices(coordinating, byId), everywhere: false);
    }

    public async Task<bool> CanLeadAsync(Guid unitId, CancellationToken ct)
    {
        if (_set is not null && _setFor == currentUser.UserId)
        {
            return _set.CanLead(unitId);
        }

        // As the set: everywhere for an administrator, else a unit in force within the caller's AssignWork scope.
        return await MineAsync(ct) is not { } mine || (mine.Contains(unitId) && await InForceAsync(unitId, ct));
    }

    public async Task<bool> CanCoordinateAsync(Guid unitId, CancellationToken ct)
    {
        if (_set is not null && _setFor == currentUser.UserId)
        {
            return _set.CanCoordinate(unitId);
        }

        if (await MineAsync(ct) is not { } mine)
        {
            return true;
        }

        if (!await InForceAsync(unitId, ct))
        {
            return false;
        }

        var ids = mine.ToList();
        var mineBodies = BodiesOf(ids);
        return await HoldsTheRootAsync(ids, ct) || await BodiesOf([unitId]).AnyAsync(b => mineBodies.Contains(b), ct);
    }

    /// <summary>
    /// docs/domain.md §6 "Unit pickers": the body a unit belongs to is its ancestor (itself included) just under the national
    /// root — a province, a ministry; coordinators come from the caller's own bodies. One definition for the pickers' list and
    /// the single answers, read from the closure table.
    /// </summary>
    private IQueryable<Guid> BodiesOf(List<Guid> unitIds) =>
        from c in db.UnitClosures
        where unitIds.Contains(c.DescendantId)
        join a in db.Units on c.AncestorId equals a.Id
        join p in db.Units on a.ParentId equals p.Id
        where p.ParentId == null
        select a.Id;

    /// <summary>A grant at the root itself (the Government) reaches every body.</summary>
    private Task<bool> HoldsTheRootAsync(List<Guid> unitIds, CancellationToken ct) =>
        db.Units.AnyAsync(u => u.ParentId == null && unitIds.Contains(u.Id), ct);

    /// <summary>The units of the caller's AssignWork scope, read once per scope and person; null for an administrator (everywhere).</summary>
    private async Task<HashSet<Guid>?> MineAsync(CancellationToken ct)
    {
        if (_mineRead && _mineFor == currentUser.UserId)
        {
            return _mine;
        }

        var scope = await access.ScopeAsync(Permission.AssignWork, ct);
        _mine = scope is null ? null : (await scope.ToListAsync(ct)).ToHashSet();
        _mineFor = currentUser.UserId;
        _mineRead = true;
        return _mine;
    }

    private async Task<bool> InForceAsync(Guid unitId, CancellationToken ct) =>
        (await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId, ct))?.IsInForceOn(clock.Today()) == true;

    private static List<UnitChoice> Choices(IEnumerable<UnitDto> list, Dictionary<Guid, UnitDto> byId)
    {
        var items = list.ToList();
        var duplicated = items.GroupBy(u => u.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);

        // Divisions (phòng, vụ) of different bodies share names: the parent's name tells them apart.
        string Label(UnitDto u) => (u.Kind == UnitKind.Division || duplicated.Contains(u.Name)) && u.ParentId is { } p && byId.TryGetValue(p, out var parent)
            ? $"{u.Name} – {parent.Name}"
            : u.Name;
        return items.Select(u => new UnitChoice(u.Id, u.Name, Label(u), u.Kind, u.ParentId))
            .OrderBy(c => c.Label, Vietnamese)
            .ToList();
    }
}
