using System.Globalization;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

/// <summary>See <see cref="IAssignableUnits"/>. Computed once per scope from the directory (one query) and the caller's AssignWork scope.</summary>
internal sealed class AssignableUnits(IUnitDirectory units, IAccessControl access, ICurrentUser currentUser, TimeProvider clock) : IAssignableUnits
{
    private static readonly StringComparer Vietnamese = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false);

    private AssignableUnitSet? _set;
    private Guid? _setFor;

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
        var scope = await access.ScopeAsync(Permission.AssignWork, ct);
        if (scope is null)
        {
            var every = Choices(inForce, byId);
            return _set = new AssignableUnitSet(every, every, everywhere: true);
        }

        var mine = (await scope.ToListAsync(ct)).ToHashSet();
        var lead = inForce.Where(u => mine.Contains(u.Id)).ToList();

        // The body a unit belongs to: its ancestor just under the national root (a province, a ministry). A grant at the root
        // itself (the Government) reaches every body.
        var bodies = mine.Select(id => BodyOf(id, byId)).ToHashSet();
        var coordinating = bodies.Contains(null)
            ? inForce
            : inForce.Where(u => bodies.Contains(BodyOf(u.Id, byId))).ToList();
        return _set = new AssignableUnitSet(Choices(lead, byId), Choices(coordinating, byId), everywhere: false);
    }

    /// <summary>The ancestor of <paramref name="unitId"/> whose parent is the root (itself when it is such a unit); null for the root.</summary>
    private static Guid? BodyOf(Guid unitId, Dictionary<Guid, UnitDto> byId)
    {
        if (!byId.TryGetValue(unitId, out var u) || u.ParentId is null)
        {
            return null;
        }

        var seen = new HashSet<Guid>();
        while (u.ParentId is { } p && byId.TryGetValue(p, out var parent) && parent.ParentId is not null && seen.Add(u.Id))
        {
            u = parent;
        }

        return u.Id;
    }

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
