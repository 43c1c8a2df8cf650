using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks;

/// <summary>
/// Who sees which task. A unit and its people see the tasks it leads or coordinates and the tasks of its subtree (ViewWork
/// on the lead unit, on any coordinating unit, or on the assigning unit); superiors see their subtree through the closure
/// table; another branch's task is "not found" (docs/api.md: 404 also for things the caller may not see). The office's monitors
/// see their body's subtree through their grants (ADR 0003); the monitors of a directive's focal unit (Monitor on that unit)
/// follow its whole cascade — read and chase, never handle. Anyone who assigned, held or handed on a step keeps read access
/// (docs/domain.md §6: individual responsibility at every step) — reading only: acting still needs the role on the unit, or
/// holding the step now.
/// </summary>
internal sealed class TaskAccess(AppDbContext db, IAccessControl access, ICurrentUser currentUser)
{
    internal static NotFoundException NotFound() => new("Không tìm thấy nhiệm vụ. / Task not found.");

    /// <summary>The tasks the caller may see, as a query to compose.</summary>
    public async Task<IQueryable<WorkTask>> VisibleAsync(CancellationToken ct)
    {
        var scope = await access.ScopeAsync(Permission.ViewWork, ct);
        var tasks = db.Tasks.AsQueryable();
        var me = currentUser.UserId;
        if (scope is null)
        {
            return tasks;
        }

        // docs/domain.md §6 (individual responsibility at every step): the person a step was handed to holds it, even below the lead unit.
        var stepped = db.TaskHandoffs.Where(h => me != null && (h.FromUserId == me || h.ToUserId == me)).Select(h => h.TaskId);
        var following = await access.HasAnywhereAsync(Permission.Monitor, ct) ? await access.ScopeAsync(Permission.Monitor, ct) : null;
        return following is null
            ? tasks.Where(t => scope.Contains(t.LeadUnitId) || scope.Contains(t.AssignerUnitId) || t.Coordinators.Any(c => scope.Contains(c.UnitId))
                || (me != null && (t.CurrentHolderUserId == me || t.AssignedByUserId == me || t.LeadUserId == me)) || stepped.Contains(t.Id))
            : tasks.Where(t => scope.Contains(t.LeadUnitId) || scope.Contains(t.AssignerUnitId) || t.Coordinators.Any(c => scope.Contains(c.UnitId))
                || (me != null && (t.CurrentHolderUserId == me || t.AssignedByUserId == me || t.LeadUserId == me)) || stepped.Contains(t.Id)
                || (t.FocalUnitId != null && following.Contains(t.FocalUnitId.Value)));
    }

    /// <summary>
    /// Those of <paramref name="units"/> inside the caller's ViewWork scope (all of them for an administrator): a task such a unit
    /// leads or coordinates is visible by that alone, so a list of them needs no visibility filter row by row.
    /// </summary>
    public async Task<HashSet<Guid>> ViewableAsync(IReadOnlyCollection<Guid> units, CancellationToken ct)
    {
        var scope = await access.ScopeAsync(Permission.ViewWork, ct);
        if (scope is null || units.Count == 0)
        {
            return [.. units];
        }

        var ids = units.ToList();
        return [.. await scope.Where(u => ids.Contains(u)).ToListAsync(ct)];
    }

    /// <summary>
    /// "Đã chuyển / đang theo dõi": tasks the caller assigned, handed on or held a step of and does not hold now — a union of index
    /// seeks (assigner person, hand-off sender, hand-off receiver).
    /// </summary>
    public IQueryable<Guid> FollowedIds(Guid me) =>
        db.Tasks.Where(t => t.AssignedByUserId == me).Select(t => t.Id)
            .Union(db.TaskHandoffs.Where(h => h.FromUserId == me).Select(h => h.TaskId))
            .Union(db.TaskHandoffs.Where(h => h.ToUserId == me).Select(h => h.TaskId));

    /// <summary>Did the caller assign, hand on or hold a step of this task (read access kept after the hand-off)?</summary>
    private async Task<bool> TookPartAsync(WorkTask task, CancellationToken ct)
    {
        if (currentUser.UserId is not { } me)
        {
            return false;
        }

        return task.AssignedByUserId == me || task.LeadUserId == me
            || await db.TaskHandoffs.AnyAsync(h => h.TaskId == task.Id && (h.FromUserId == me || h.ToUserId == me), ct);
    }

    /// <summary>Loads a task the caller may see (tracked, with its coordinators), else 404.</summary>
    public async Task<WorkTask> LoadAsync(Guid id, CancellationToken ct)
    {
        var task = await db.Tasks.Include(t => t.Coordinators).FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw NotFound();
        if (!await CanSeeAsync(task, ct))
        {
            throw NotFound();
        }

        return task;
    }

    public async Task<bool> CanSeeAsync(WorkTask task, CancellationToken ct)
    {
        if (IsHolder(task))
        {
            return true;
        }

        if (await access.HasAsync(Permission.ViewWork, task.LeadUnitId, ct) || await access.HasAsync(Permission.ViewWork, task.AssignerUnitId, ct))
        {
            return true;
        }

        foreach (var c in task.Coordinators)
        {
            if (await access.HasAsync(Permission.ViewWork, c.UnitId, ct))
            {
                return true;
            }
        }

        return await FollowsAsync(task.FocalUnitId, ct) || await TookPartAsync(task, ct);
    }

    /// <summary>Does the caller follow the cascade of a directive whose focal unit is this (Monitor on it, ADR 0003)?</summary>
    public async Task<bool> FollowsAsync(Guid? focalUnitId, CancellationToken ct) =>
        focalUnitId is { } focal && await access.HasAsync(Permission.Monitor, focal, ct);

    /// <summary>Handling a task (progress, hand-off, extension request, completion, return): HandleWork on the lead unit.</summary>
    public Task EnsureCanHandleAsync(WorkTask task, CancellationToken ct) =>
        IsHolder(task) ? Task.CompletedTask : access.EnsureAsync(Permission.HandleWork, task.LeadUnitId, ct);

    /// <summary>The person currently holding the task's step (after a hand-off) may see and handle it.</summary>
    public bool IsHolder(WorkTask task) => task.CurrentHolderUserId is { } holder && holder == currentUser.UserId;

    /// <summary>The assigner's decisions (extension, re-routing, reopening): AssignWork on the unit the task was assigned from.</summary>
    public Task EnsureIsAssignerAsync(WorkTask task, CancellationToken ct) => access.EnsureAsync(Permission.AssignWork, task.AssignerUnitId, ct);

    public async Task<bool> CanHandleAsync(WorkTask task, CancellationToken ct) => IsHolder(task) || await access.HasAsync(Permission.HandleWork, task.LeadUnitId, ct);

    public Task<bool> IsAssignerAsync(WorkTask task, CancellationToken ct) => access.HasAsync(Permission.AssignWork, task.AssignerUnitId, ct);

    /// <summary>Coordinators report progress on their part too: HandleWork on any coordinating unit.</summary>
    public async Task<bool> CanCoordinateAsync(WorkTask task, CancellationToken ct)
    {
        foreach (var c in task.Coordinators)
        {
            if (await access.HasAsync(Permission.HandleWork, c.UnitId, ct))
            {
                return true;
            }
        }

        return false;
    }
}
