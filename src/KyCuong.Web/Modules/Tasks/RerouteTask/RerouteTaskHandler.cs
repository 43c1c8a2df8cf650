using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.GetTask;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.RerouteTask;

/// <summary>
/// docs/domain.md §9: the assigner re-routes a (returned) task to another lead unit; the original receipt date is kept, re-routings
/// are counted, and a task that comes back to a unit it already left (A→B→A) is flagged.
/// </summary>
internal sealed class RerouteTaskHandler(AppDbContext db, TaskAccess taskAccess, IAccessControl access, IUnitDirectory units, OrgPeople people, AuditLog audit,
    TimeProvider clock, ICurrentUser currentUser, TaskNotices notices)
{
    public async Task<RerouteTaskResponse> HandleAsync(Guid id, RerouteTaskRequest request, CancellationToken ct)
    {
        new Validator().Check(request.LeadUnitId is not null && request.LeadUnitId != Guid.Empty, "leadUnitId", "Cần chọn đơn vị chủ trì mới. / leadUnitId is required.")
            .MaxLength(request.Reason, "reason", "Lý do", 2000).ThrowIfInvalid();
        var task = await taskAccess.LoadAsync(id, ct);
        await taskAccess.EnsureIsAssignerAsync(task, ct);
        var today = clock.Today();
        _ = await units.FindAsync(request.LeadUnitId!.Value, ct)
            ?? throw RequestValidationException.For("leadUnitId", "Đơn vị chủ trì không tồn tại. / The lead unit does not exist.");
        var lead = (await units.ResolveInForceAsync(request.LeadUnitId.Value, today, ct))!;
        if (lead.ValidTo is { } end && end < today)
        {
            throw new DomainException("task.leadUnitNotInForce", $"Đơn vị \"{lead.Name}\" không còn hoạt động. / The lead unit is no longer in force.");
        }

        // Re-routing is still assigning: the new lead must be inside the assigner's own AssignWork scope.
        await access.EnsureAsync(Permission.AssignWork, lead.Id, ct);
        if (!await units.Subtree(task.AssignerUnitId).AnyAsync(u => u == lead.Id, ct))
        {
            throw RequestValidationException.For("leadUnitId", "Đơn vị chủ trì mới phải thuộc đơn vị giao việc. / The new lead must be under the assigning unit.");
        }

        Guid? leadUserId = null;
        if (request.LeadUserId is { } named)
        {
            var theirUnits = await people.UnitsOfAsync(named, today, ct);
            if (theirUnits.Count == 0 || !await units.Subtree(lead.Id).AnyAsync(u => theirUnits.Contains(u), ct))
            {
                throw RequestValidationException.For("leadUserId", "Người chủ trì phải là cán bộ của đơn vị chủ trì. / The lead user must hold a position in the lead unit.");
            }

            leadUserId = named;
        }
        else
        {
            leadUserId = (await people.HeadOfAsync(lead.Id, today, ct))?.UserId;
        }

        var history = await db.TaskRoutings.Where(r => r.TaskId == id).ToListAsync(ct);
        var ledBefore = history.Any(r => r.Kind != RoutingKind.Returned && r.UnitId == lead.Id) && lead.Id != task.LeadUnitId;
        var previousLead = task.LeadUnitId;
        var now = clock.GetUtcNow().UtcDateTime;
        task.Reroute(lead.Id, leadUserId, ledBefore || (task.State == TaskState.Returned && lead.Id == previousLead));
        var sequence = history.Count == 0 ? 0 : history.Max(r => r.Sequence);
        var routing = new TaskRouting(Guid.CreateVersion7(), id, sequence + 1, RoutingKind.Rerouted, lead.Id, currentUser.UserId, now, request.Reason?.Trim(), null);
        db.TaskRoutings.Add(routing);
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? "" : $" Lý do: {request.Reason.Trim()}";

        // The new lead person takes the task like an assignment; the assigner learns of it when someone else on the assigning side re-routed.
        notices.Tell(leadUserId, NotificationCategories.TaskRerouted, task, "chủ trì thực hiện (điều chuyển)", $"Nhiệm vụ \"{task.Title}\" được điều chuyển cho đơn vị bạn chủ trì",
            $"Đơn vị chủ trì mới: {lead.Name}.{reason}", $"task-rerouted:{routing.Id}:{leadUserId}");
        var assigner = await notices.AssignerAsync(task, ct);
        if (assigner != leadUserId)
        {
            notices.Tell(assigner, NotificationCategories.TaskRerouted, task, "điều chuyển đơn vị chủ trì", $"Nhiệm vụ \"{task.Title}\" đã được điều chuyển",
                $"Đơn vị chủ trì mới: {lead.Name}.{reason}", $"task-rerouted:{routing.Id}:{assigner}");
        }
        foreach (var h in await db.TaskHandoffs.Where(h => h.TaskId == id && h.EndedAtUtc == null).ToListAsync(ct))
        {
            h.End(now);
        }

        if (leadUserId is { } holder)
        {
            db.TaskHandoffs.Add(new TaskHandoff(Guid.CreateVersion7(), id, currentUser.UserId, holder, now, task.DueDate, request.Reason?.Trim()));
        }

        audit.Record(TaskAudit.Entity, id, TaskAudit.Rerouted,
            new { fromUnitId = previousLead, toUnitId = lead.Id, leadUserId, receivedOn = task.ReceivedOn, rerouteCount = task.RerouteCount, bounced = task.Bounced },
            request.Reason?.Trim());
        await db.SaveChangesAsync(ct);
        return new RerouteTaskResponse(id, task.LeadUnitId, task.LeadUserId, task.ReceivedOn, task.ReturnCount, task.RerouteCount, task.Bounced,
            GetTaskHandler.StateName(task.State));
    }
}
