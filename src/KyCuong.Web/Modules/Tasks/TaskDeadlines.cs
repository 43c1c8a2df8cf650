using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks;

internal sealed class TaskDeadlines(AppDbContext db) : ITaskDeadlines
{
    public IQueryable<TaskDeadlineRow> OpenWithDueDate() =>
        db.Tasks.AsNoTracking()
            .Where(t => t.State == TaskState.Open && t.DueDate != null)
            .Select(t => new TaskDeadlineRow
            {
                TaskId = t.Id,
                Title = t.Title,
                LeadUnitId = t.LeadUnitId,
                AnswerableUserId = t.LeadUserId ?? t.CurrentHolderUserId,
                AssignerUnitId = t.AssignerUnitId,
                DueDate = t.DueDate!.Value,
            });

    public async Task<TaskChaseInfo?> FindAsync(Guid taskId, CancellationToken ct) =>
        (await FindManyAsync([taskId], ct)).GetValueOrDefault(taskId);

    public async Task<IReadOnlyDictionary<Guid, TaskChaseInfo>> FindManyAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct)
    {
        if (taskIds.Count == 0)
        {
            return new Dictionary<Guid, TaskChaseInfo>();
        }

        var ids = taskIds.Distinct().ToList();
        var rows = await db.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id))
            .Select(t => new { t.Id, t.Title, t.LeadUnitId, Answerable = t.LeadUserId ?? t.CurrentHolderUserId, t.AssignerUnitId, t.DueDate, t.State, t.FocalUnitId })
            .ToListAsync(ct);
        return rows.ToDictionary(t => t.Id, t => new TaskChaseInfo(t.Id, t.Title, t.LeadUnitId, t.Answerable, t.AssignerUnitId, t.DueDate, t.State switch
        {
            TaskState.Completed => "completed",
            TaskState.Returned => "returned",
            _ => "open",
        }, t.FocalUnitId));
    }

    public async Task<IReadOnlyDictionary<Guid, string>> TitlesAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct)
    {
        if (taskIds.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var ids = taskIds.Distinct().ToList();
        return await db.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id)).Select(t => new { t.Id, t.Title }).ToDictionaryAsync(t => t.Id, t => t.Title, ct);
    }

    public async Task<PersonTaskCounts> CountsForAsync(Guid userId, CancellationToken ct)
    {
        var returns = await db.TaskRoutings.AsNoTracking().CountAsync(r => r.Kind == RoutingKind.Returned && r.ByUserId == userId, ct);
        var extensions = await db.TaskExtensions.AsNoTracking().CountAsync(e => e.RequestedByUserId == userId, ct);
        return new PersonTaskCounts(returns, extensions);
    }
}
