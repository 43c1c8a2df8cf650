using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Evaluation;

/// <summary>
/// Who sees and scores a person's evaluation (ADR 0003, docs/domain.md "Evaluation"): the person; their managers up the tree (AssignWork
/// on the unit they work in, or — for a head or deputy head of a unit — on the unit above it, so a deputy never scores their own
/// head); and the personnel office, i.e. a holder of the monitor role (theo dõi, tổ chức cán bộ) on a unit at or above the person's.
/// Administrators see everything. Anyone else gets 404, as if the person had no evaluation.
/// </summary>
internal sealed class EvaluationAccess(IAccessControl access, ICallerPlace place, IPeopleDirectory people, IUnitDirectory units, ICurrentPerson currentPerson,
    ICurrentUser me, TimeProvider clock)
{
    public Guid? CallerId => me.UserId;

    public Task<bool> IsAdministratorAsync(CancellationToken ct) => access.IsAdministratorAsync(ct);

    /// <summary>The person's positions today (an unknown or inactive person has none, and so is invisible).</summary>
    public async Task<IReadOnlyList<PersonPosition>> PositionsAsync(Guid userId, CancellationToken ct)
    {
        // One query: the person's positions in force today (an inactive account has none).
        var positions = await people.PositionsOfAsync([userId], clock.Today(), ct);
        return positions.Where(p => p.UserId == userId).ToList();
    }

    /// <summary>
    /// Whether the caller manages the person whose positions today are given: the Organisation module's one answer
    /// (<see cref="ICallerPlace.ManagesAsync(Guid, IReadOnlyList{PersonPosition}, CancellationToken)"/>, docs/domain.md "Who manages a
    /// person"), asked once per person and request. What a manager may see and do with an evaluation is this module's rule.
    /// </summary>
    public Task<bool> IsManagerAsync(Guid userId, IReadOnlyList<PersonPosition> positions, CancellationToken ct) => place.ManagesAsync(userId, positions, ct);

    public async Task<bool> IsPersonnelOfficeAsync(IReadOnlyList<PersonPosition> positions, CancellationToken ct)
    {
        if (await access.IsAdministratorAsync(ct))
        {
            return true;
        }

        var personUnits = positions.Select(p => p.UnitId).ToList();
        var caller = await currentPerson.GetAsync(ct);
        foreach (var g in caller.Grants.Where(g => g.Roles.Contains("monitor")))
        {
            if (await units.Subtree(g.UnitId).AnyAsync(u => personUnits.Contains(u), ct))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Read access, or 404 (never revealing that the person exists).</summary>
    public async Task<IReadOnlyList<PersonPosition>> EnsureCanSeeAsync(Guid userId, CancellationToken ct)
    {
        var positions = await PositionsAsync(userId, ct);
        if (positions.Count > 0 && (me.UserId == userId || await IsManagerAsync(userId, positions, ct) || await IsPersonnelOfficeAsync(positions, ct)))
        {
            return positions;
        }

        throw new NotFoundException("Không tìm thấy người được đánh giá. / No such person to evaluate.");
    }

    /// <summary>The manager scores the general criteria: a reader who is not the manager gets 403, anyone else 404.</summary>
    public async Task EnsureManagerAsync(Guid userId, CancellationToken ct)
    {
        var positions = await EnsureCanSeeAsync(userId, ct);
        if (!await IsManagerAsync(userId, positions, ct) && !await access.IsAdministratorAsync(ct))
        {
            throw new ForbiddenException("Chỉ cấp quản lý trực tiếp chấm điểm tiêu chí chung. / Only the person's managers score the general criteria.");
        }
    }

    /// <summary>Discipline decisions are recorded by the managers or the personnel office, never by the person.</summary>
    public async Task EnsureCanRecordDisciplineAsync(Guid userId, CancellationToken ct)
    {
        var positions = await EnsureCanSeeAsync(userId, ct);
        if (me.UserId == userId || !(await IsManagerAsync(userId, positions, ct) || await IsPersonnelOfficeAsync(positions, ct)))
        {
            throw new ForbiddenException("Chỉ cấp quản lý hoặc bộ phận tổ chức cán bộ ghi nhận kỷ luật. / Only managers or the personnel office record a discipline.");
        }
    }

    /// <summary>A unit's table: its managers (AssignWork on it) or the personnel office above it; others 404.</summary>
    public async Task EnsureCanSeeUnitAsync(Guid unitId, CancellationToken ct)
    {
        if (await units.FindAsync(unitId, ct) is null)
        {
            throw new NotFoundException("Không tìm thấy đơn vị. / No such unit.");
        }

        if (await access.HasAsync(Permission.AssignWork, unitId, ct))
        {
            return;
        }

        var caller = await currentPerson.GetAsync(ct);
        foreach (var g in caller.Grants.Where(g => g.Roles.Contains("monitor")))
        {
            if (await units.Subtree(g.UnitId).AnyAsync(u => u == unitId, ct))
            {
                return;
            }
        }

        throw new NotFoundException("Không tìm thấy đơn vị. / No such unit.");
    }

    /// <summary>
    /// The personnel office of a body: a monitor grant (theo dõi, tổ chức cán bộ) on the unit or a unit above it, or an administrator.
    /// It maintains the conversion catalogue (Nghị định 335/2025).
    /// </summary>
    public async Task<bool> IsPersonnelOfficeOfUnitAsync(Guid unitId, CancellationToken ct)
    {
        if (await access.IsAdministratorAsync(ct))
        {
            return true;
        }

        var caller = await currentPerson.GetAsync(ct);
        foreach (var g in caller.Grants.Where(g => g.Roles.Contains("monitor")))
        {
            if (await units.Subtree(g.UnitId).AnyAsync(u => u == unitId, ct))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A body's catalogue is read by its personnel office and by everyone working in the body (assigners choose product types from it);
    /// anyone else gets 404. Writing it is the personnel office's alone (403 for a reader).
    /// </summary>
    public async Task EnsureCanUseCatalogueAsync(Guid unitId, bool write, CancellationToken ct)
    {
        if (await units.FindAsync(unitId, ct) is null)
        {
            throw new NotFoundException("Không tìm thấy đơn vị. / No such unit.");
        }

        if (await IsPersonnelOfficeOfUnitAsync(unitId, ct))
        {
            return;
        }

        var caller = await currentPerson.GetAsync(ct);
        var mine = caller.Grants.Select(g => g.UnitId).Distinct().ToList();
        if (mine.Count == 0 || !await units.Subtree(unitId).AnyAsync(u => mine.Contains(u), ct))
        {
            throw new NotFoundException("Không tìm thấy đơn vị. / No such unit.");
        }

        if (write)
        {
            throw new ForbiddenException("Chỉ bộ phận tổ chức cán bộ cập nhật danh mục sản phẩm. / Only the personnel office maintains the catalogue.");
        }
    }

    /// <summary>
    /// The assigning side of a task chooses its product type: the person who assigned it, or a holder of AssignWork on the assigning
    /// unit. Anyone else gets 404, as if the task did not exist.
    /// </summary>
    public async Task<bool> IsAssignerAsync(Guid? assignedByUserId, Guid assignerUnitId, CancellationToken ct) =>
        (me.UserId is { } id && id == assignedByUserId) || await access.HasAsync(Permission.AssignWork, assignerUnitId, ct);
}
