using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks;

/// <summary>Tasks' side of <see cref="ITaskConductFacts"/>: the tasks people handled in a period, with steps, routings and extensions in grouped reads.</summary>
internal sealed class TaskConductFacts(AppDbContext db) : ITaskConductFacts
{
    public async Task<IReadOnlyList<ConductTask>> HandledByAsync(IReadOnlyCollection<Guid> userIds, DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        if (userIds.Count == 0)
        {
            return [];
        }

        var ids = userIds.ToList();
        var held = await db.TaskHandoffs.AsNoTracking()
            .Where(h => ids.Contains(h.ToUserId) && h.AtUtc < toUtc && (h.EndedAtUtc == null || h.EndedAtUtc >= fromUtc))
            .Select(h => h.TaskId).Distinct().ToListAsync(ct);
        var returned = await db.TaskRoutings.AsNoTracking()
            .Where(r => r.Kind == RoutingKind.Returned && r.ByUserId != null && ids.Contains(r.ByUserId.Value) && r.AtUtc >= fromUtc && r.AtUtc < toUtc)
            .Select(r => r.TaskId).Distinct().ToListAsync(ct);
        var taskIds = held.Union(returned).ToList();
        if (taskIds.Count == 0)
        {
            return [];
        }

        var tasks = await db.Tasks.AsNoTracking().Where(t => taskIds.Contains(t.Id))
            .Select(t => new { t.Id, t.Title, t.LeadUnitId, t.OriginalDueDate, t.DueDate, t.AssignedAtUtc }).ToListAsync(ct);
        var steps = (await db.TaskHandoffs.AsNoTracking().Where(h => taskIds.Contains(h.TaskId)).ToListAsync(ct)).ToLookup(h => h.TaskId);
        var routings = (await db.TaskRoutings.AsNoTracking().Where(r => taskIds.Contains(r.TaskId)).ToListAsync(ct)).ToLookup(r => r.TaskId);
        var extensions = (await db.TaskExtensions.AsNoTracking().Where(e => taskIds.Contains(e.TaskId)).ToListAsync(ct)).ToLookup(e => e.TaskId);
        return tasks.Select(t => new ConductTask(t.Id, t.Title, t.LeadUnitId, t.OriginalDueDate, t.DueDate, t.AssignedAtUtc,
                steps[t.Id].OrderBy(h => h.AtUtc).ThenBy(h => h.Id).Select(h => new ConductStep(h.FromUserId, h.ToUserId, h.AtUtc, h.EndedAtUtc)).ToList(),
                routings[t.Id].OrderBy(r => r.Sequence).Select(r => new ConductRouting(GetTask.GetTaskHandler.KindName(r.Kind), r.UnitId, r.ByUserId, r.AtUtc)).ToList(),
                extensions[t.Id].OrderBy(e => e.RequestedAtUtc).ThenBy(e => e.Id)
                    .Select(e => new ConductExtension(e.RequestedByUserId, e.RequestedAtUtc, e.PreviousDueDate, e.RequestedDueDate, e.State == ExtensionState.Approved,
                        e.DecidedAtUtc)).ToList()))
            .OrderBy(t => t.AssignedAtUtc).ThenBy(t => t.TaskId).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, string>> TitlesAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct)
    {
        var ids = taskIds.Distinct().ToList();
        return ids.Count == 0 ? new Dictionary<Guid, string>() : await db.Tasks.AsNoTracking().Where(t => ids.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Title, ct);
    }
}
