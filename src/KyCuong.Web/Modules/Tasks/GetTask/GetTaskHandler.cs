using System.Text.Json;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Modules.Tasks.ReviewTask;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.GetTask;

internal sealed class GetTaskHandler(AppDbContext db, TaskAccess taskAccess, IUnitDirectory units, OrgPeople people, TimeProvider clock)
{
    public async Task<TaskDetails> HandleAsync(Guid id, CancellationToken ct)
    {
        var task = await taskAccess.LoadAsync(id, ct);
        var today = clock.Today();
        var routings = await db.TaskRoutings.AsNoTracking().Where(r => r.TaskId == id).OrderBy(r => r.Sequence).ToListAsync(ct);
        var handoffs = await db.TaskHandoffs.AsNoTracking().Where(h => h.TaskId == id).OrderBy(h => h.AtUtc).ThenBy(h => h.Id).ToListAsync(ct);
        var extensions = await db.TaskExtensions.AsNoTracking().Where(e => e.TaskId == id).OrderBy(e => e.RequestedAtUtc).ThenBy(e => e.Id).ToListAsync(ct);
        // The latest review, unless a new completion waits for one (then the earlier review judged a voided completion).
        var review = task.AwaitingReviewSinceUtc is null
            ? await db.TaskReviews.AsNoTracking().Where(r => r.TaskId == id).OrderByDescending(r => r.AtUtc).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct)
            : null;
        var attachments = await db.TaskAttachments.AsNoTracking().Where(a => a.TaskId == id).OrderBy(a => a.CreatedAtUtc).ThenBy(a => a.Id)
            .Select(a => new TaskAttachmentDto(a.Id, a.FileName, a.ContentType, a.Size, a.CompletedOn)).ToListAsync(ct);
        var audit = await db.AuditEntries.AsNoTracking().Where(a => a.EntityType == TaskAudit.Entity && a.EntityId == id).ToListAsync(ct);
        audit = audit.OrderBy(a => a.AtUtc).ThenBy(a => a.Sequence ?? long.MaxValue).ThenBy(a => a.Id).ToList();
        var phrase = task.RecurringDutyId is null
            ? await db.TaskRecurringDuties.AsNoTracking().Where(d => d.StandingTaskId == id).Select(d => d.Phrase).FirstOrDefaultAsync(ct)
            : null;

        var userIds = new List<Guid?> { task.AssignedByUserId, task.LeadUserId, task.CurrentHolderUserId };
        userIds.AddRange(routings.Select(r => r.ByUserId));
        userIds.AddRange(handoffs.SelectMany(h => new[] { h.FromUserId, h.ToUserId }));
        userIds.AddRange(extensions.SelectMany(e => new[] { e.RequestedByUserId, e.DecidedByUserId }));
        userIds.AddRange(audit.Select(a => a.ActorUserId));
        userIds.Add(review?.ByUserId);
        var names = await people.NamesAsync(userIds.Where(u => u is not null).Select(u => u!.Value), ct);
        PersonRef? Person(Guid? u) => u is { } x ? new PersonRef(x, names.TryGetValue(x, out var n) ? n : "") : null;

        var unitIds = new HashSet<Guid> { task.LeadUnitId, task.AssignerUnitId };
        unitIds.UnionWith(task.Coordinators.Select(c => c.UnitId));
        unitIds.UnionWith(routings.Select(r => r.UnitId));
        unitIds.UnionWith(routings.Where(r => r.SuggestedUnitId is not null).Select(r => r.SuggestedUnitId!.Value));
        var found = await units.FindManyAsync(unitIds, ct);
        var unitNames = unitIds.ToDictionary(u => u, u => found.TryGetValue(u, out var unit) ? unit.Name : "");

        var canHandle = await taskAccess.CanHandleAsync(task, ct);
        var isAssigner = await taskAccess.IsAssignerAsync(task, ct);
        var open = task.State == TaskState.Open;
        var pending = extensions.Any(e => e.State == ExtensionState.Pending);
        var actions = new TaskActions(
            ReportProgress: open && (canHandle || await taskAccess.CanCoordinateAsync(task, ct)),
            HandOff: open && canHandle,
            RequestExtension: open && canHandle && task.DueDate is { } due && today <= due && !pending,
            DecideExtension: open && isAssigner && pending,
            Complete: open && canHandle,
            Return: open && canHandle,
            Reroute: task.State != TaskState.Completed && isAssigner,
            Reopen: task.State == TaskState.Completed && isAssigner,
            Review: task.State == TaskState.Completed && task.AwaitingReviewSinceUtc is not null && isAssigner);

        var status = task.StatusOn(today);
        return new TaskDetails(task.Id, task.Title, task.Description, task.LeadUnitId, unitNames[task.LeadUnitId],
            task.Coordinators.Select(c => c.UnitId).ToList(), task.Coordinators.Select(c => new UnitRef(c.UnitId, unitNames[c.UnitId])).ToList(),
            task.DueDate, task.OriginalDueDate, task.WorkingDays, status, TaskStatusPolicy.Label(status), StateName(task.State), task.CompletedOn, task.Result,
            task.ResultDocumentId, task.ReceivedOn, task.AssignerUnitId, unitNames[task.AssignerUnitId], Person(task.AssignedByUserId), Person(task.LeadUserId),
            Person(task.CurrentHolderUserId), task.ProgressPercent, task.LastProgressNote, task.SourceDocumentId, task.ClauseRef, task.ParentTaskId,
            task.ExtensionCount, task.ReturnCount, task.RerouteCount, task.ReopenCount, task.Bounced, phrase ?? task.PeriodKey,
            routings.Select(r => new RoutingDto(r.Sequence, KindName(r.Kind), r.UnitId, unitNames[r.UnitId], VietnamTime.ToVietnam(r.AtUtc), Person(r.ByUserId), r.Reason,
                r.SuggestedUnitId, r.SuggestedUnitId is { } s ? unitNames[s] : null)).ToList(),
            handoffs.Select(h => new HandoffDto(Person(h.FromUserId), Person(h.ToUserId)!, VietnamTime.ToVietnam(h.AtUtc), h.StepDueDate,
                h.EndedAtUtc is { } e ? VietnamTime.ToVietnam(e) : null, h.Note)).ToList(),
            extensions.Select(e => new ExtensionDto(e.Id, StateName(e.State), e.Reason, e.PreviousDueDate, e.RequestedDueDate, Person(e.RequestedByUserId),
                VietnamTime.ToVietnam(e.RequestedAtUtc), Person(e.DecidedByUserId), e.DecidedAtUtc is { } d ? VietnamTime.ToVietnam(d) : null, e.DecisionNote)).ToList(),
            audit.Select(a => new HistoryEntry(VietnamTime.ToVietnam(a.AtUtc), a.ActorName, a.ActorUserId is { } u && names.TryGetValue(u, out var n) ? n : null,
                a.Action, TaskAudit.Label(a.Action), a.Reason, a.DataJson is null ? null : JsonDocument.Parse(a.DataJson).RootElement.Clone())).ToList(),
            actions, task.Version, review is null ? null : ReviewTaskHandler.ToDto(review, names), task.AwaitingReviewSinceUtc is not null,
            attachments);
    }

    internal static string StateName(TaskState s) => s switch { TaskState.Open => "open", TaskState.Returned => "returned", _ => "completed" };

    internal static string StateName(ExtensionState s) => s switch { ExtensionState.Pending => "pending", ExtensionState.Approved => "approved", _ => "refused" };

    internal static string KindName(RoutingKind k) => k switch { RoutingKind.Assigned => "assigned", RoutingKind.Returned => "returned", _ => "rerouted" };
}
