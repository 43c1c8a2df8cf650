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
        var followed = query.View switch
        {
            null or "" or "mine" or "all" => false,
            "followed" => true,
            _ => throw RequestValidationException.For("view", "view phải là mine, all hoặc followed. / view must be mine, all or followed."),
        };
        var mineOnly = query.View switch { "mine" => true, "all" or "followed" => false, _ => query.Mine };
        TaskStatusLabel? status = null;
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            status = TaskStatusPolicy.TryParse(query.Status, out var parsed)
                ? parsed
                : throw RequestValidationException.For("status", "Trạng thái không hợp lệ (inProgressOnTime, inProgressOverdue, doneOnTime, doneLate). / Unknown status.");
        }

        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim().Normalize();

        // The list's filters, one row at a time: the same whether applied to the whole visible list or to each branch of "mine".
        IQueryable<WorkTask> Filtered(IQueryable<WorkTask> tasks)
        {
            if (query.UnitId is { } unitId)
            {
                var subtree = units.Subtree(unitId);
                tasks = tasks.Where(t => subtree.Contains(t.LeadUnitId));
            }

            if (query.ParentTaskId is { } parentId)
            {
                tasks = tasks.Where(t => t.ParentTaskId == parentId);
            }

            if (status is { } s)
            {
                tasks = WithStatus(tasks, s, today);
            }

            if (query.DueFrom is { } dueFrom)
            {
                tasks = tasks.Where(t => t.DueDate >= dueFrom);
            }

            if (query.DueTo is { } dueTo)
            {
                tasks = tasks.Where(t => t.DueDate <= dueTo);
            }

            return search is null ? tasks : tasks.Where(t => t.Title.Contains(search));
        }

        // Where the list's tasks come from: the visible tasks, or the branches of the person's own list.
        List<IQueryable<WorkTask>> sources;
        var personal = mineOnly && !followed ? currentUser.UserId : null;
        if (personal is { } me)
        {
            // One person's tasks are a few hundred: their ids in list order come from ONE statement, which gives the total and the
            // page together; the page's rows are then read by primary key. The statement is a union of index seeks (lead person,
            // holder, assigner, lead unit, coordinating unit) that carries the columns the order needs, so each task's row is read
            // once: the tasks the person leads, holds or assigned are visible to them by the visibility rule itself, and so are
            // the tasks of their units inside their ViewWork scope; only a unit outside it (a position without that right) needs the
            // visibility filter. Before, the union gave ids only and the filter then read every row again by primary key (the
            // dearest statement of the national load mix: docs/performance.md, "The API mix's two dearest requests").
            var myUnits = (await place.UnitsAsync(ct)).Select(u => u.UnitId).Distinct().ToList();
            var viewable = await taskAccess.ViewableAsync(myUnits, ct);
            var seenUnits = myUnits.Where(viewable.Contains).ToList();
            var otherUnits = myUnits.Where(u => !viewable.Contains(u)).ToList();
            sources =
            [
                db.Tasks.Where(t => t.LeadUserId == me),
                db.Tasks.Where(t => t.CurrentHolderUserId == me),
                db.Tasks.Where(t => t.AssignedByUserId == me),
            ];
            if (seenUnits.Count > 0)
            {
                sources.Add(db.Tasks.Where(t => seenUnits.Contains(t.LeadUnitId)));
                sources.Add(from c in db.TaskCoordinators where seenUnits.Contains(c.UnitId) join t in db.Tasks on c.TaskId equals t.Id select t);
            }

            if (otherUnits.Count > 0)
            {
                var visible = await taskAccess.VisibleAsync(ct);
                sources.Add(visible.Where(t => otherUnits.Contains(t.LeadUnitId)));
                sources.Add(from c in db.TaskCoordinators where otherUnits.Contains(c.UnitId) join t in visible on c.TaskId equals t.Id select t);
            }

        }
        else
        {
            var tasks = (await taskAccess.VisibleAsync(ct)).AsNoTracking();
            if (followed)
            {
                // docs/domain.md §6: whoever assigned, handed on or held a step keeps it in view after it moved on.
                if (currentUser.UserId is not { } follower)
                {
                    return new TaskPage([], page, pageSize, 0);
                }

                var followedIds = taskAccess.FollowedIds(follower);
                tasks = tasks.Where(t => followedIds.Contains(t.Id) && (t.CurrentHolderUserId == null || t.CurrentHolderUserId != follower));
            }

            sources = [tasks];
        }

        // docs/api.md: due date ascending, tasks without one last, then the newest assignment first. Only the order's columns are
        // listed (each branch filtered and projected before the union, so the union compares three columns, not whole rows);
        // the page's rows are then read by primary key.
        var keys = sources.Select(b => Filtered(b).Select(t => new { t.Id, t.DueDate, t.AssignedAtUtc })).Aggregate((a, b) => a.Union(b));
        var ordered = keys.OrderBy(k => k.DueDate == null).ThenBy(k => k.DueDate).ThenByDescending(k => k.AssignedAtUtc).ThenBy(k => k.Id).Select(k => k.Id);
        int total;
        List<Guid> pageIds;
        if (personal is not null)
        {
            // One person's tasks are a few hundred: their ids in list order from ONE statement give the total and the page.
            var ids = await ordered.ToListAsync(ct);
            total = ids.Count;
            pageIds = [.. ids.Skip((page - 1) * pageSize).Take(pageSize)];
        }
        else
        {
            total = await keys.CountAsync(ct);
            pageIds = await ordered.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        }

        var pageOrder = pageIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        var rows = await db.Tasks.AsNoTracking().Where(t => pageIds.Contains(t.Id))
            .Select(t => new
            {
                t.Id, t.Title, t.LeadUnitId, t.LeadUserId, t.CurrentHolderUserId, t.ReceivedOn, t.DueDate, t.CompletedOn, t.State, t.ProgressPercent,
                t.ExtensionCount, t.ReturnCount, t.RerouteCount, t.Bounced, t.ClauseRef, t.ParentTaskId,
            })
            .ToListAsync(ct);

        // Back into the list's order (the primary-key read returns the page's rows in any order).
        rows = [.. rows.OrderBy(r => pageOrder[r.Id])];

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
