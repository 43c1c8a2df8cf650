using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks;

/// <summary>Tasks' side of <see cref="ITaskHistoryForEvaluation"/>: the steps, extensions, reviews and routings of tasks, in four grouped reads.</summary>
internal sealed class TaskHistoryForEvaluation(AppDbContext db) : ITaskHistoryForEvaluation
{
    public async Task<IReadOnlyList<TaskHistory>> ProductsOfAsync(Guid userId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var tasks = await Rows(db.Tasks.AsNoTracking()
            .Where(t => t.CurrentHolderUserId == userId
                && ((t.DueDate >= from && t.DueDate <= to) || (t.CompletedOn >= from && t.CompletedOn <= to))))
            .ToListAsync(ct);
        return await WithHistoryAsync(tasks, ct);
    }

    public async Task<IReadOnlyList<TaskHistory>> ProductsOfManyAsync(IReadOnlyCollection<Guid> userIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var result = new List<TaskHistory>();
        foreach (var chunk in userIds.Distinct().Chunk(1000))
        {
            var tasks = await Rows(db.Tasks.AsNoTracking()
                .Where(t => t.CurrentHolderUserId != null && chunk.Contains(t.CurrentHolderUserId.Value)
                    && ((t.DueDate >= from && t.DueDate <= to) || (t.CompletedOn >= from && t.CompletedOn <= to))))
                .ToListAsync(ct);
            result.AddRange(await WithHistoryAsync(tasks, ct));
        }

        return result;
    }

    public async Task<IReadOnlyList<HeldTaskFacts>> HeldTaskFactsAsync(IReadOnlyCollection<Guid> userIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        // One statement: the tasks with the approved extensions counted by a correlated sub-query.
        return await db.Tasks.AsNoTracking()
            .Where(t => t.CurrentHolderUserId != null && ids.Contains(t.CurrentHolderUserId.Value)
                && ((t.DueDate >= from && t.DueDate <= to) || (t.CompletedOn >= from && t.CompletedOn <= to)))
            .Select(t => new HeldTaskFacts(t.CurrentHolderUserId!.Value, t.Id, t.DueDate, t.CompletedOn,
                db.TaskExtensions.Count(e => e.TaskId == t.Id && e.State == ExtensionState.Approved)))
            .ToListAsync(ct);
    }

    public async Task<TaskHistory?> HistoryAsync(Guid taskId, CancellationToken ct)
    {
        var task = await Rows(db.Tasks.AsNoTracking().Where(t => t.Id == taskId)).FirstOrDefaultAsync(ct);
        return task is null ? null : (await WithHistoryAsync([task], ct))[0];
    }

    /// <summary>
    /// The columns of a task the evaluation reads (not the entity with its description, result and notes): docs/performance.md
    /// "Evaluation of a province's quarter: profile".
    /// </summary>
    private sealed record TaskRow(Guid Id, string Title, Guid AssignerUnitId, Guid? AssignedByUserId, Guid LeadUnitId, Guid? CurrentHolderUserId,
        DateTime AssignedAtUtc, DateOnly? OriginalDueDate, DateOnly? DueDate, DateOnly? CompletedOn, DateTime? CompletedAtUtc, bool AwaitingReview);

    private static IQueryable<TaskRow> Rows(IQueryable<WorkTask> tasks) =>
        tasks.Select(t => new TaskRow(t.Id, t.Title, t.AssignerUnitId, t.AssignedByUserId, t.LeadUnitId, t.CurrentHolderUserId, t.AssignedAtUtc,
            t.OriginalDueDate, t.DueDate, t.CompletedOn, t.CompletedAtUtc, t.AwaitingReviewSinceUtc != null));

    /// <summary>
    /// The tasks with their steps, extensions, reviews and routings: four reads per 2,000 tasks (a bound on the statement's parameters),
    /// each projected to the few columns the history carries, never tracked entities.
    /// </summary>
    private async Task<IReadOnlyList<TaskHistory>> WithHistoryAsync(List<TaskRow> tasks, CancellationToken ct)
    {
        var handoffList = new List<(Guid TaskId, HistoryHandoff Step)>();
        var extensionList = new List<(Guid TaskId, HistoryExtension Extension)>();
        var reviewList = new List<(Guid TaskId, HistoryReview Review)>();
        var routingList = new List<(Guid TaskId, int Sequence, RoutingKind Kind, DateTime AtUtc)>();
        foreach (var ids in tasks.Select(t => t.Id).Chunk(2000))
        {
            handoffList.AddRange((await db.TaskHandoffs.AsNoTracking().Where(h => ids.Contains(h.TaskId))
                .Select(h => new { h.TaskId, h.ToUserId, h.AtUtc, h.EndedAtUtc }).ToListAsync(ct))
                .Select(h => (h.TaskId, new HistoryHandoff(h.ToUserId, h.AtUtc, h.EndedAtUtc))));
            extensionList.AddRange((await db.TaskExtensions.AsNoTracking().Where(e => ids.Contains(e.TaskId))
                .Select(e => new { e.TaskId, e.RequestedAtUtc, e.DecidedAtUtc, Approved = e.State == ExtensionState.Approved, e.RequestedDueDate, e.DecidedByUserId })
                .ToListAsync(ct))
                .Select(e => (e.TaskId, new HistoryExtension(e.RequestedAtUtc, e.DecidedAtUtc, e.Approved, e.RequestedDueDate, e.DecidedByUserId))));
            reviewList.AddRange((await db.TaskReviews.AsNoTracking().Where(r => ids.Contains(r.TaskId))
                .Select(r => new { r.TaskId, r.AtUtc, Met = r.Quality == ReviewQuality.Met, r.MajorError, r.Reopened, r.HolderUserId, r.CompletedOn, r.ByUserId })
                .ToListAsync(ct))
                .Select(r => (r.TaskId, new HistoryReview(r.AtUtc, r.Met, r.MajorError, r.Reopened, r.HolderUserId, r.CompletedOn, r.ByUserId))));
            routingList.AddRange((await db.TaskRoutings.AsNoTracking().Where(r => ids.Contains(r.TaskId))
                .Select(r => new { r.TaskId, r.Sequence, r.Kind, r.AtUtc }).ToListAsync(ct))
                .Select(r => (r.TaskId, r.Sequence, r.Kind, r.AtUtc)));
        }

        var handoffs = handoffList.ToLookup(h => h.TaskId, h => h.Step);
        var extensions = extensionList.ToLookup(e => e.TaskId, e => e.Extension);
        var reviews = reviewList.ToLookup(r => r.TaskId, r => r.Review);
        var routings = routingList.ToLookup(r => r.TaskId);
        return tasks.Select(t => new TaskHistory(t.Id, t.Title, t.AssignerUnitId, t.AssignedByUserId, t.LeadUnitId, t.CurrentHolderUserId, t.AssignedAtUtc,
                t.OriginalDueDate, t.DueDate, t.CompletedOn, t.CompletedAtUtc, t.AwaitingReview,
                handoffs[t.Id].OrderBy(h => h.AtUtc).ToList(),
                extensions[t.Id].OrderBy(e => e.RequestedAtUtc).ToList(),
                reviews[t.Id].OrderBy(r => r.AtUtc).ToList(),
                routings[t.Id].OrderBy(r => r.Sequence).Select(r => new HistoryRouting(KindName(r.Kind), r.AtUtc)).ToList()))
            .ToList();
    }

    private static string KindName(RoutingKind kind) => kind.ToString().ToLowerInvariant();
}
