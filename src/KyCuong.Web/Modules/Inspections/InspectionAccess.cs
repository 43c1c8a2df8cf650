using KyCuong.Web.Modules.Inspections.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Inspections;

/// <summary>
/// Who sees and does what in a check (docs/domain.md "Checks of official duties"). Seen by its creator, its team, whoever may view
/// work of the ordering body, and — once notified — whoever may view work of a checked unit. A surprise check not yet started is
/// hidden from everyone holding a position in a checked unit or below it (the team and the creator excepted), whatever else
/// they may see: it answers "not found" and appears in no list or count.
/// </summary>
internal sealed class InspectionAccess(AppDbContext db, IAccessControl access, IPeopleDirectory people, IUnitDirectory units, ICurrentUser me, TimeProvider clock)
{
    private List<Guid>? _line;

    internal static NotFoundException NotFound() => new("Không tìm thấy cuộc kiểm tra. / Check not found.");

    /// <summary>The units at or above each of the caller's positions: a checked unit among them means the caller is inside it.</summary>
    public async Task<List<Guid>> LineAboveCallerAsync(CancellationToken ct)
    {
        if (_line is not null)
        {
            return _line;
        }

        _line = me.UserId is { } uid ? await LineAboveAsync(uid, ct) : [];
        return _line;
    }

    /// <summary>The units at or above each of the person's positions today.</summary>
    public async Task<List<Guid>> LineAboveAsync(Guid userId, CancellationToken ct)
    {
        var result = new List<Guid>();
        foreach (var unitId in await people.UnitsOfAsync(userId, clock.Today(), ct))
        {
            result.AddRange(await AncestorsOrSelfAsync(unitId, ct));
        }

        return result.Distinct().ToList();
    }

    /// <summary>The unit and its ancestors up to the root, nearest first.</summary>
    public async Task<List<Guid>> AncestorsOrSelfAsync(Guid unitId, CancellationToken ct)
    {
        var line = new List<Guid>();
        Guid? current = unitId;
        while (current is { } c && !line.Contains(c) && line.Count < 64)
        {
            line.Add(c);
            current = (await units.FindAsync(c, ct))?.ParentId;
        }

        return line;
    }

    /// <summary>The checks the caller may see, as a query to compose.</summary>
    public async Task<IQueryable<Inspection>> VisibleAsync(CancellationToken ct)
    {
        var all = db.Inspections.AsNoTracking();
        if (await access.IsAdministratorAsync(ct))
        {
            return all;
        }

        var uid = me.UserId ?? Guid.Empty;
        var scope = await access.ScopeAsync(Permission.ViewWork, ct);
        var line = await LineAboveCallerAsync(ct);
        if (scope is null)
        {
            return all;
        }

        return all.Where(i =>
            i.CreatedByUserId == uid || i.Team.Any(t => t.UserId == uid)
            || ((scope.Contains(i.OrderingUnitId) || ((!i.Surprise || i.StartedAtUtc != null) && i.CheckedUnits.Any(c => scope.Contains(c.UnitId))))
                && !(i.Surprise && i.StartedAtUtc == null && i.CheckedUnits.Any(c => line.Contains(c.UnitId)))));
    }

    /// <summary>The check with everything under it, if the caller may see it; else 404.</summary>
    public async Task<Inspection> LoadAsync(Guid id, CancellationToken ct, bool tracking = true)
    {
        if (!await (await VisibleAsync(ct)).AnyAsync(i => i.Id == id, ct))
        {
            throw NotFound();
        }

        var query = db.Inspections.Include(i => i.CheckedUnits).Include(i => i.Team).Include(i => i.Topics).Include(i => i.Findings)
            .Include(i => i.Explanations).Include(i => i.Remedies).AsSplitQuery();
        if (!tracking)
        {
            query = query.AsNoTracking();
        }

        return await query.FirstOrDefaultAsync(i => i.Id == id, ct) ?? throw NotFound();
    }

    /// <summary>Deciding a check: a leader of the ordering body (AssignWork) or the office that monitors for it (Monitor).</summary>
    public async Task<bool> CanDecideAsync(Guid orderingUnitId, CancellationToken ct) =>
        await access.HasAsync(Permission.AssignWork, orderingUnitId, ct) || await access.HasAsync(Permission.Monitor, orderingUnitId, ct);

    /// <summary>Running the check (arrival, working record, verification): a team member or whoever may decide it.</summary>
    public async Task<bool> CanRunAsync(Inspection i, CancellationToken ct) => i.HasOnTeam(me.UserId) || await CanDecideAsync(i.OrderingUnitId, ct);

    /// <summary>The conclusion assigns remedies as tasks from the ordering body: its leaders (AssignWork).</summary>
    public Task<bool> CanConcludeAsync(Inspection i, CancellationToken ct) => access.HasAsync(Permission.AssignWork, i.OrderingUnitId, ct);

    /// <summary>The checked units the caller may explain for (HandleWork there), once the check is known to them.</summary>
    public async Task<IReadOnlyList<Guid>> ExplainableUnitsAsync(Inspection i, CancellationToken ct)
    {
        if (i.IsSecret)
        {
            return [];
        }

        var result = new List<Guid>();
        foreach (var c in i.CheckedUnits)
        {
            if (await access.HasAsync(Permission.HandleWork, c.UnitId, ct))
            {
                result.Add(c.UnitId);
            }
        }

        return result;
    }

    public async Task EnsureCanRunAsync(Inspection i, CancellationToken ct)
    {
        if (!await CanRunAsync(i, ct))
        {
            throw new ForbiddenException("Chỉ thành viên đoàn kiểm tra hoặc cơ quan ra quyết định được thực hiện. / Only the team or the ordering body may do this.");
        }
    }
}
