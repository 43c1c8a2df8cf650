using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Chasing.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Chasing.Sweep;

/// <summary>
/// Which ladder applies where: a ladder set on a unit covers its subtree, the nearest ancestor's ladder winning; without
/// any, the built-in defaults. The chasing organisation is the one the task was assigned from (its assigner unit), so a
/// task is chased by the rhythm of the body that gave it. Built once per sweep run (the tree and the ladders are small).
/// </summary>
internal sealed class LadderResolver
{
    private readonly Dictionary<Guid, Guid?> _parents;
    private readonly Dictionary<Guid, ReminderLadder> _ladders;
    private readonly Dictionary<Guid, LadderPlan> _plans = [];
    private readonly LadderPlan _default;
    private readonly Func<DateOnly, bool> _isWorkingDay;

    private LadderResolver(Dictionary<Guid, Guid?> parents, Dictionary<Guid, ReminderLadder> ladders, Func<DateOnly, bool> isWorkingDay)
    {
        _parents = parents;
        _ladders = ladders;
        _isWorkingDay = isWorkingDay;
        _default = new LadderPlan(ReminderLadder.Default(Guid.Empty), isWorkingDay);
    }

    /// <summary>Every ladder in force and the defaults (safe to call from the sweep's parallel workers).</summary>
    public IReadOnlyList<LadderPlan> AllPlans
    {
        get
        {
            lock (_plans)
            {
                return [.. _ladders.Values.Select(PlanOf), _default];
            }
        }
    }

    public static async Task<LadderResolver> LoadAsync(AppDbContext db, IUnitDirectory units, ICalendarService calendar, CancellationToken ct)
    {
        var snapshot = await calendar.GetAsync(ct);
        var parents = (await units.ListAsync(ct)).ToDictionary(u => u.Id, u => u.ParentId);
        var ladders = await db.ChaseLadders.AsNoTracking().ToDictionaryAsync(l => l.UnitId, ct);
        return new LadderResolver(parents, ladders, snapshot.IsWorkingDay);
    }

    /// <summary>The ladder row set on the unit or its nearest ancestor, or null for the built-in defaults.</summary>
    public ReminderLadder? SettingFor(Guid unitId)
    {
        Guid? u = unitId;
        for (var i = 0; u is { } id && i < 64; i++)
        {
            if (_ladders.TryGetValue(id, out var ladder))
            {
                return ladder;
            }

            u = _parents.GetValueOrDefault(id);
        }

        return null;
    }

    public LadderPlan For(Guid unitId)
    {
        lock (_plans)
        {
            return SettingFor(unitId) is { } ladder ? PlanOf(ladder) : _default;
        }
    }

    /// <summary>The unit and its ancestors, nearest first.</summary>
    public IEnumerable<Guid> AncestorLine(Guid unitId)
    {
        Guid? u = unitId;
        for (var i = 0; u is { } id && i < 64; i++)
        {
            yield return id;
            u = _parents.GetValueOrDefault(id);
        }
    }

    private LadderPlan PlanOf(ReminderLadder ladder)
    {
        if (!_plans.TryGetValue(ladder.UnitId, out var plan))
        {
            _plans[ladder.UnitId] = plan = new LadderPlan(ladder, _isWorkingDay);
        }

        return plan;
    }
}
