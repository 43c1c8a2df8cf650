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
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => t.CurrentHolderUserId == userId
                && ((t.DueDate >= from && t.DueDate <= to) || (t.CompletedOn >= from && t.CompletedOn <= to)))
            .ToListAsync(ct);
        return await WithHistoryAsync(tasks, ct);
    }

    public async Task<IReadOnlyList<TaskHistory>> ProductsOfManyAsync(IReadOnlyCollection<Guid> userIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var result = new List<TaskHistory>();
        foreach (var chunk in userIds.Distinct().Chunk(1000))
        {
            var tasks = await db.Tasks.AsNoTracking()
                .Where(t => t.CurrentHolderUserId != null && chunk.Contains(t.CurrentHolderUserId.Value)
                    && ((t.DueDate >= from && t.DueDate <= to) || (t.CompletedOn >= from && t.CompletedOn <= to)))
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
        var task = await db.Tasks.AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        return task is null ? null : (await WithHistoryAsync([task], ct))[0];
    }

    /// <summary>The tasks with their steps, extensions, reviews and routings: four reads per 2,000 tasks (a bound on the statement's parameters).</summary>
    private async Task<IReadOnlyList<TaskHistory>> WithHistoryAsync(List<WorkTask> tasks, CancellationToken ct)
    {
        var handoffList = new List<TaskHandoff>();
        var extensionList = new List<TaskExtension>();
        var reviewList = new List<TaskReview>();
        var routingList = new List<TaskRouting>();
        foreach (var ids in tasks.Select(t => t.Id).Chunk(2000))
        {
            handoffList.AddRange(await db.TaskHandoffs.AsNoTracking().Where(h => ids.Contains(h.TaskId)).ToListAsync(ct));
            extensionList.AddRange(await db.TaskExtensions.AsNoTracking().Where(e => ids.Contains(e.TaskId)).ToListAsync(ct));
            reviewList.AddRange(await db.TaskReviews.AsNoTracking().Where(r => ids.Contains(r.TaskId)).ToListAsync(ct));
            routingList.AddRange(await db.TaskRoutings.AsNoTracking().Where(r => ids.Contains(r.TaskId)).ToListAsync(ct));
        }

        var handoffs = handoffList.ToLookup(h => h.TaskId);
        var extensions = extensionList.ToLookup(e => e.TaskId);
        var reviews = reviewList.ToLookup(r => r.TaskId);
        var routings = routingList.ToLookup(r => r.TaskId);
        return tasks.Select(t => new TaskHistory(t.Id, t.Title, t.AssignerUnitId, t.AssignedByUserId, t.LeadUnitId, t.CurrentHolderUserId, t.AssignedAtUtc,
                t.OriginalDueDate, t.DueDate, t.CompletedOn, t.CompletedAtUtc, t.AwaitingReviewSinceUtc is not null,
                handoffs[t.Id].OrderBy(h => h.AtUtc).Select(h => new HistoryHandoff(h.ToUserId, h.AtUtc, h.EndedAtUtc)).ToList(),
                extensions[t.Id].OrderBy(e => e.RequestedAtUtc)
                    .Select(e => new HistoryExtension(e.RequestedAtUtc, e.DecidedAtUtc, e.State == ExtensionState.Approved, e.RequestedDueDate, e.DecidedByUserId)).ToList(),
                reviews[t.Id].OrderBy(r => r.AtUtc)
                    .Select(r => new HistoryReview(r.AtUtc, r.Quality == ReviewQuality.Met, r.MajorError, r.Reopened, r.HolderUserId, r.CompletedOn, r.ByUserId)).ToList(),
                routings[t.Id].OrderBy(r => r.Sequence).Select(r => new HistoryRouting(r.Kind.ToString().ToLowerInvariant(), r.AtUtc)).ToList()))
            .ToList();
    }
}
