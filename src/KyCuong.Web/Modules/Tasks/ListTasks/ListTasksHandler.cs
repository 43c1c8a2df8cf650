using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.GetTask;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.ListTasks;

/// <summary>The visible tasks, filtered and paged in SQL (the status filter is the status policy written as predicates).</summary>
internal sealed class ListTasksHandler(AppDbContext db, TaskAccess taskAccess, IUnitDirectory units, OrgPeople people, ICallerPlace place, ICurrentUser currentUser,
    TimeProvider clock)
{
    public const int MaxPageSize = 5000;

    public async Task<TaskPage> HandleAsync(TaskListQuery query, CancellationToken ct)
    {
        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var today = clock.Today();
        var tasks = (await taskAccess.VisibleAsync(ct)).AsNoTracking();
        var followed = query.View switch
        {
            null or "" or "mine" or "all" => false,
            "followed" => true,
            _ => throw RequestValidationException.For("view", "view phải là mine, all hoặc followed. / view must be mine, all or followed."),
        };
        var mineOnly = query.View switch { "mine" => true, "all" or "followed" => false, _ => query.Mine };

        if (followed)
        {
            // docs/domain.md §6: whoever assigned, handed on or held a step keeps it in view after it moved on.
            if (currentUser.UserId is not { } follower)
            {
                return new TaskPage([], page, pageSize, 0);
            }

            var ids = taskAccess.FollowedIds(follower);
            tasks = tasks.Where(t => ids.Contains(t.Id) && (t.CurrentHolderUserId == null || t.CurrentHolderUserId != follower));
        }
        else if (mineOnly && currentUser.UserId is { } me)
        {
            // The caller's units from the caller's place (read once per request with the grants).
            var myUnits = (await place.UnitsAsync(ct)).Select(u => u.UnitId).ToList();

            // A union of index seeks (lead person, holder, assigner, lead unit, coordinating unit) instead of one OR over
            // millions of rows: the visibility filter then runs on this person's few hundred tasks only.
            var mine = db.Tasks.Where(t => t.LeadUserId == me).Select(t => t.Id)
                .Union(db.Tasks.Where(t => t.CurrentHolderUserId == me).Select(t => t.Id))
                .Union(db.Tasks.Where(t => t.AssignedByUserId == me).Select(t => t.Id))
                .Union(db.Tasks.Where(t => myUnits.Contains(t.LeadUnitId)).Select(t => t.Id))
                .Union(db.TaskCoordinators.Where(c => myUnits.Contains(c.UnitId)).Select(c => c.TaskId));
            tasks = tasks.Where(t => mine.Contains(t.Id));
        }

        if (query.UnitId is { } unitId)
        {
            var subtree = units.Subtree(unitId);
            tasks = tasks.Where(t => subtree.Contains(t.LeadUnitId));
        }

        if (query.ParentTaskId is { } parentId)
        {
            tasks = tasks.Where(t => t.ParentTaskId == parentId);
        }

        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            if (!TaskStatusPolicy.TryParse(query.Status, out var status))
            {
                throw RequestValidationException.For("status", "Trạng thái không hợp lệ (inProgressOnTime, inProgressOverdue, doneOnTime, doneLate). / Unknown status.");
            }

            tasks = WithStatus(tasks, status, today);
        }

        if (query.DueFrom is { } dueFrom)
        {
            tasks = tasks.Where(t => t.DueDate >= dueFrom);
        }

        if (query.DueTo is { } dueTo)
        {
            tasks = tasks.Where(t => t.DueDate <= dueTo);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim().Normalize();
            tasks = tasks.Where(t => t.Title.Contains(s));
        }

        var ordered = tasks.OrderBy(t => t.DueDate == null).ThenBy(t => t.DueDate).ThenByDescending(t => t.AssignedAtUtc).ThenBy(t => t.Id);
        int total;
        IQueryable<WorkTask> pageQuery;
        Dictionary<Guid, int>? pageOrder = null;
        if (mineOnly && !followed)
        {
            // One person's tasks are a few hundred: their ids in list order come from ONE pass of the union and the visibility filter,
            // which gives the total and the page together; the page's rows are then read by primary key. A count and a page query
            // would each run the union and the filter again (the heaviest statements of the national load mix, docs/performance.md).
            var ids = await ordered.Select(t => t.Id).ToListAsync(ct);
            total = ids.Count;
            var pageIds = ids.Skip((page - 1) * pageSize).Take(pageSize).ToList();
            pageOrder = pageIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            pageQuery = db.Tasks.AsNoTracking().Where(t => pageIds.Contains(t.Id));
        }
        else
        {
            total = await tasks.CountAsync(ct);
            pageQuery = ordered.Skip((page - 1) * pageSize).Take(pageSize);
        }

        var rows = await pageQuery
            .Select(t => new
            {
                t.Id, t.Title, t.LeadUnitId, t.LeadUserId, t.CurrentHolderUserId, t.ReceivedOn, t.DueDate, t.CompletedOn, t.State, t.ProgressPercent,
                t.ExtensionCount, t.ReturnCount, t.RerouteCount, t.Bounced, t.ClauseRef, t.ParentTaskId,
            })
            .ToListAsync(ct);
        if (pageOrder is not null)
        {
            // Back into the list's order (the primary-key read returns the page's rows in any order).
            rows = [.. rows.OrderBy(r => pageOrder[r.Id])];
        }

        var names = await people.NamesAsync(rows.SelectMany(r => new[] { r.LeadUserId, r.CurrentHolderUserId }).Where(x => x is not null).Select(x => x!.Value), ct);
        var found = await units.FindManyAsync(rows.Select(r => r.LeadUnitId).ToList(), ct);
        var unitNames = rows.Select(r => r.LeadUnitId).Distinct().ToDictionary(u => u, u => found.TryGetValue(u, out var unit) ? unit.Name : "");

        string? Name(Guid? id) => id is { } x && names.TryGetValue(x, out var n) ? n : null;
        var items = rows.Select(r =>
        {
            var status = TaskStatusPolicy.Compute(r.DueDate, r.CompletedOn, today);
            return new TaskListItem(r.Id, r.Title, r.LeadUnitId, unitNames[r.LeadUnitId], Name(r.LeadUserId), Name(r.CurrentHolderUserId), r.ReceivedOn,
                r.DueDate, r.CompletedOn, status, TaskStatusPolicy.Label(status), GetTaskHandler.StateName(r.State), r.ProgressPercent, r.ExtensionCount,
                r.ReturnCount, r.RerouteCount, r.Bounced, r.ClauseRef, r.ParentTaskId);
        }).ToList();
        return new TaskPage(items, page, pageSize, total);
    }

    /// <summary><see cref="TaskStatusPolicy"/> as SQL predicates (overdue only after the end of the due date).</summary>
    internal static IQueryable<WorkTask> WithStatus(IQueryable<WorkTask> tasks, TaskStatusLabel status, DateOnly today) => status switch
    {
        TaskStatusLabel.InProgressOnTime => tasks.Where(t => t.CompletedOn == null && (t.DueDate == null || t.DueDate >= today)),
        TaskStatusLabel.InProgressOverdue => tasks.Where(t => t.CompletedOn == null && t.DueDate != null && t.DueDate < today),
        TaskStatusLabel.DoneOnTime => tasks.Where(t => t.CompletedOn != null && (t.DueDate == null || t.CompletedOn <= t.DueDate)),
        _ => tasks.Where(t => t.CompletedOn != null && t.DueDate != null && t.CompletedOn > t.DueDate),
    };
}
