using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks;

/// <summary>
/// The caller's own task lists for "Việc cần xử lý" (<see cref="ITaskWorkItems"/>). The assigning side's lists cover the units
/// where the caller holds a position with AssignWork (the unit's leader or deputy, docs/domain.md §2) and the tasks the caller
/// assigned — not the whole subtree, so a chairman's list is what waits for the chairman, not for every director below.
/// </summary>
internal sealed class TaskWorkItems(AppDbContext db, TaskAccess taskAccess, ICallerPlace place, ICurrentUser currentUser)
    : ITaskWorkItems, ITaskReviews
{
    /// <summary>The caller's own units where they hold AssignWork, from the caller's place read once per request.</summary>
    private Task<IReadOnlyList<Guid>> DecidingUnitsAsync(CancellationToken ct) => place.UnitsWithAsync(Permission.AssignWork, ct);

    private static async Task<TaskWorkList> PageAsync(IQueryable<TaskWorkItem> query, int max, CancellationToken ct) =>
        new(await query.Take(Math.Clamp(max, 1, 200)).ToListAsync(ct), await query.CountAsync(ct));

    private static TaskWorkList Empty => new([], 0);

    public async Task<TaskWorkList> HeldAsync(int max, CancellationToken ct)
    {
        if (currentUser.UserId is not { } me)
        {
            return Empty;
        }

        var q = Held(me)
            .OrderBy(t => t.DueDate == null).ThenBy(t => t.DueDate).ThenBy(t => t.AssignedAtUtc).ThenBy(t => t.Id)
            .Select(t => new TaskWorkItem(t.Id, t.Title, t.DueDate, t.ProgressPercent == null ? null : t.ProgressPercent + "%", t.AssignedAtUtc));
        return await PageAsync(q, max, ct);
    }

    // Each list's filter, shared by the list and the navigation's count (WaitingAsync).
    private IQueryable<WorkTask> Held(Guid me) => db.Tasks.AsNoTracking().Where(t => t.CurrentHolderUserId == me && t.State == TaskState.Open);

    private static IQueryable<WorkTask> ToReview(IQueryable<WorkTask> mine) => mine.Where(t => t.State == TaskState.Completed && t.AwaitingReviewSinceUtc != null);

    private IQueryable<PendingExtension> ExtensionRequests(IQueryable<WorkTask> mine) => mine.Where(t => t.State == TaskState.Open)
        .Join(db.TaskExtensions.AsNoTracking().Where(e => e.State == ExtensionState.Pending), t => t.Id, e => e.TaskId, (t, e) => new PendingExtension { Task = t, Extension = e });

    private static IQueryable<WorkTask> ToReassign(IQueryable<WorkTask> mine) => mine.Where(t => t.State == TaskState.Returned);

    // A member-initialised pair (not a positional record): EF translates member access through member bindings only.
    private sealed class PendingExtension
    {
        public required WorkTask Task { get; init; }

        public required TaskExtension Extension { get; init; }
    }

    /// <summary>Tasks whose assigning side the caller is.</summary>
    private async Task<IQueryable<WorkTask>?> AssignedByMeAsync(CancellationToken ct)
    {
        if (currentUser.UserId is not { } me)
        {
            return null;
        }

        var units = await DecidingUnitsAsync(ct);
        return db.Tasks.AsNoTracking().Where(t => t.AssignedByUserId == me || units.Contains(t.AssignerUnitId));
    }

    public async Task<TaskWorkList> ToReviewAsync(int max, CancellationToken ct)
    {
        if (await AssignedByMeAsync(ct) is not { } mine)
        {
            return Empty;
        }

        var q = ToReview(mine)
            .OrderBy(t => t.AwaitingReviewSinceUtc).ThenBy(t => t.Id)
            .Select(t => new TaskWorkItem(t.Id, t.Title, t.DueDate, null, t.AwaitingReviewSinceUtc));
        return await PageAsync(q, max, ct);
    }

    public async Task<TaskWorkList> ExtensionRequestsAsync(int max, CancellationToken ct)
    {
        if (await AssignedByMeAsync(ct) is not { } mine)
        {
            return Empty;
        }

        var q = ExtensionRequests(mine)
            .OrderBy(x => x.Extension.RequestedAtUtc).ThenBy(x => x.Extension.Id)
            .Select(x => new TaskWorkItem(x.Task.Id, x.Task.Title, x.Task.DueDate, null, x.Extension.RequestedAtUtc));
        var page = await PageAsync(q, max, ct);
        if (page.Items.Count == 0)
        {
            return page;
        }

        // The requested date, formatted here (SQL does not format dates the same way on both providers).
        var ids = page.Items.Select(i => i.TaskId).ToList();
        var requested = await db.TaskExtensions.AsNoTracking().Where(e => ids.Contains(e.TaskId) && e.State == ExtensionState.Pending)
            .ToDictionaryAsync(e => e.TaskId, e => e.RequestedDueDate, ct);
        return page with
        {
            Items = page.Items.Select(i => i with { Detail = requested.TryGetValue(i.TaskId, out var d) ? d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : null }).ToList(),
        };
    }

    public async Task<TaskWorkList> ToReassignAsync(int max, CancellationToken ct)
    {
        if (await AssignedByMeAsync(ct) is not { } mine)
        {
            return Empty;
        }

        var q = ToReassign(mine)
            .OrderBy(t => t.DueDate == null).ThenBy(t => t.DueDate).ThenBy(t => t.Id)
            .Select(t => new TaskWorkItem(t.Id, t.Title, t.DueDate, null, null));
        return await PageAsync(q, max, ct);
    }

    public async Task<TaskWorkList> FollowedAsync(int max, CancellationToken ct)
    {
        if (currentUser.UserId is not { } me)
        {
            return Empty;
        }

        var ids = taskAccess.FollowedIds(me);
        var q = db.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id) && (t.CurrentHolderUserId == null || t.CurrentHolderUserId != me) && t.State != TaskState.Completed)
            .OrderBy(t => t.DueDate == null).ThenBy(t => t.DueDate).ThenBy(t => t.Id)
            .Select(t => new TaskWorkItem(t.Id, t.Title, t.DueDate, null, null));
        return await PageAsync(q, max, ct);
    }

    public async Task<IReadOnlyList<IQueryable<Guid>>> WaitingAsync(CancellationToken ct)
    {
        if (currentUser.UserId is not { } me || await AssignedByMeAsync(ct) is not { } mine)
        {
            return [];
        }

        // The four lists' own filters (the same methods the lists use, so the badge is what they show), each counted apart as a
        // scalar subquery. Each is narrow and has its own index (the holder's; the assigning unit's awaiting review; the partial
        // indexes of returned tasks and of pending extension requests). One count over the union of the four read, for a leader,
        // every task the unit ever assigned: 31,600 rows, 0.7 s on every page at 2,000,000 tasks (docs/performance.md "The load
        // mix, kind by kind").
        return [Held(me).Select(t => t.Id), ToReview(mine).Select(t => t.Id), ExtensionRequests(mine).Select(x => x.Task.Id), ToReassign(mine).Select(t => t.Id)];
    }

    public IQueryable<AwaitingReviewRow> AwaitingSince(DateTime beforeUtc) =>
        db.Tasks.AsNoTracking().Where(t => t.State == TaskState.Completed && t.AwaitingReviewSinceUtc != null && t.AwaitingReviewSinceUtc < beforeUtc)
            .Select(t => new AwaitingReviewRow
            {
                TaskId = t.Id, Title = t.Title, AssignerUnitId = t.AssignerUnitId, AssignedByUserId = t.AssignedByUserId, DueDate = t.DueDate,
                CompletedOn = t.CompletedOn, AwaitingSinceUtc = t.AwaitingReviewSinceUtc!.Value, Completion = t.ReopenCount,
            });

    public async Task<PersonReviewCounts> CountsForAsync(Guid userId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var fromUtc = VietnamTime.StartOfDay(from).UtcDateTime;
        var toUtc = VietnamTime.EndOfDay(to).UtcDateTime;
        // One person's reviews in one period are few: read the marks and count them here.
        var rows = await db.TaskReviews.AsNoTracking().Where(r => r.HolderUserId == userId && r.AtUtc >= fromUtc && r.AtUtc < toUtc)
            .Select(r => new { r.Quality, r.MajorError, r.Reopened }).ToListAsync(ct);
        return new PersonReviewCounts(rows.Count(r => r.Quality == ReviewQuality.Met), rows.Count(r => r.Quality == ReviewQuality.NotMet),
            rows.Count(r => r.MajorError), rows.Count(r => r.Reopened));
    }
}
