using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;
using KyCuong.Web.Modules.Tasks.Persistence;
using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks;

/// <summary>
/// Creates tasks for the API, the pages and other modules (a leader's direction on a document). One SaveChanges: the tasks,
/// their coordinators, routing and hand-off rows, their working-day deadlines in the calendar ledger and their audit rows
/// commit together.
/// </summary>
internal sealed class TaskAssignments(
    AppDbContext db, IAccessControl access, IUnitDirectory units, ICalendarService calendar, IDeadlineLedger ledger, AuditLog audit,
    TimeProvider clock, ICurrentUser currentUser, OrgPeople people, ITaskSourceDocuments documents, TaskNotices notices, IAssignableUnits assignable)
    : ITaskAssignments
{
    /// <summary>Longest deadline accepted as working days (about four years): anything longer is a typing slip.</summary>
    public const int MaxWorkingDays = 1000;

    public async Task<IReadOnlyList<CreatedTask>> AssignAsync(IReadOnlyList<NewTask> tasks, CancellationToken ct)
    {
        var created = await AddAsync(tasks, ct);
        await db.SaveChangesAsync(ct);
        var today = clock.Today();
        return created.Select((t, i) => new CreatedTask(t.Id, t.DueDate, TaskStatusPolicy.Name(t.StatusOn(today)), RequestedDueDate(tasks[i], t))).ToList();
    }

    /// <summary>Validates and adds the tasks to the unit of work without saving.</summary>
    public Task<IReadOnlyList<WorkTask>> AddAsync(IReadOnlyList<NewTask> tasks, CancellationToken ct) => AddAsync(tasks, onBehalfOfBody: false, ct);

    /// <summary>
    /// <paramref name="onBehalfOfBody"/>: the task is opened for the body named as <see cref="NewTask.AssignerUnitId"/> by a module
    /// that checked its own duty there (TaskIntake); the lead must still be that body or inside it, and no AssignWork is asked.
    /// </summary>
    internal async Task<IReadOnlyList<WorkTask>> AddAsync(IReadOnlyList<NewTask> tasks, bool onBehalfOfBody, CancellationToken ct)
    {
        var v = new Validator();
        v.Check(tasks.Count > 0, "tasks", "Cần ít nhất một nhiệm vụ. / At least one task is required.");
        for (var i = 0; i < tasks.Count; i++)
        {
            Validate(v, tasks[i], tasks.Count == 1 ? "" : $"tasks[{i}].");
        }

        v.ThrowIfInvalid();
        var today = clock.Today();
        var now = clock.GetUtcNow().UtcDateTime;
        var created = new List<WorkTask>();
        for (var i = 0; i < tasks.Count; i++)
        {
            created.Add(await AddOneAsync(tasks[i], tasks.Count == 1 ? "" : $"tasks[{i}].", today, now, onBehalfOfBody, ct));
        }

        return created;
    }

    internal static void Validate(Validator v, NewTask t, string prefix)
    {
        v.Require(t.Title, prefix + "title", "Tên nhiệm vụ", 1000)
            .MaxLength(t.Description, prefix + "description", "Nội dung", 8000)
            .MaxLength(t.ClauseRef, prefix + "clauseRef", "Điều, khoản", 40)
            .Check(t.LeadUnitId != Guid.Empty, prefix + "leadUnitId", "Cần đúng một đơn vị chủ trì. / Exactly one lead unit is required (leadUnitId).")
            .Check(t.DueDate is null || t.WorkingDays is null, prefix + "dueDate",
                "Chỉ nêu hạn theo ngày hoặc theo số ngày làm việc, không cả hai. / Give either dueDate or workingDays, not both.")
            .Check(t.WorkingDays is null or (>= 1 and <= MaxWorkingDays), prefix + "workingDays",
                $"Số ngày làm việc phải từ 1 đến {MaxWorkingDays}. / workingDays must be between 1 and {MaxWorkingDays}.")
            .Check(t.CoordinatingUnitIds is null || t.CoordinatingUnitIds.All(c => c != Guid.Empty), prefix + "coordinatingUnitIds",
                "Đơn vị phối hợp không hợp lệ. / Invalid coordinating unit.")
            .Check(t.CoordinatingUnitIds is null || t.CoordinatingUnitIds.Count <= 200, prefix + "coordinatingUnitIds",
                "Quá nhiều đơn vị phối hợp. / Too many coordinating units.")
            .Check(t.Recurring is null || !string.IsNullOrWhiteSpace(t.Recurring.Period), prefix + "recurring",
                "Cần nêu kỳ báo cáo. / The reporting period is required.");
    }

    private async Task<WorkTask> AddOneAsync(NewTask t, string prefix, DateOnly today, DateTime now, bool onBehalfOfBody, CancellationToken ct)
    {
        // docs/domain.md §4: after a merge or rename, new work goes to the successor in force today; the resolution is recorded.
        var requested = await units.FindAsync(t.LeadUnitId, ct)
            ?? throw RequestValidationException.For(prefix + "leadUnitId", "Đơn vị chủ trì không tồn tại. / The lead unit does not exist.");
        var lead = await units.ResolveInForceAsync(t.LeadUnitId, today, ct) ?? requested;
        if (!InForce(lead, today))
        {
            throw new DomainException("task.leadUnitNotInForce",
                $"Đơn vị \"{lead.Name}\" không còn hoạt động và không có đơn vị kế thừa. / The lead unit is no longer in force and has no successor.");
        }

        // docs/domain.md §6 "Unit pickers": the same sets the forms offer decide here, so the API refuses what no form offers.
        if (!onBehalfOfBody && !await assignable.CanLeadAsync(lead.Id, ct))
        {
            throw new ForbiddenException(
                $"Bạn không thể giao \"{lead.Name}\" chủ trì: đơn vị chủ trì phải thuộc cơ quan, đơn vị bạn được giao việc. / You may not assign work to this unit: the lead must be within the units you assign work to.");
        }

        var assignerUnitId = await ResolveAssignerAsync(lead, t.AssignerUnitId, prefix, onBehalfOfBody, ct);

        var coordinators = new List<Guid>();
        foreach (var id in (t.CoordinatingUnitIds ?? []).Distinct())
        {
            var c = await units.ResolveInForceAsync(id, today, ct)
                ?? throw RequestValidationException.For(prefix + "coordinatingUnitIds", $"Đơn vị phối hợp {id} không tồn tại. / Coordinating unit {id} does not exist.");
            if (!InForce(c, today))
            {
                throw new DomainException("task.coordinatingUnitNotInForce", $"Đơn vị phối hợp \"{c.Name}\" không còn hoạt động. / A coordinating unit is no longer in force.");
            }

            if (onBehalfOfBody || !await assignable.CanCoordinateAsync(c.Id, ct))
            {
                throw RequestValidationException.For(prefix + "coordinatingUnitIds",
                    $"Đơn vị \"{c.Name}\" không thuộc tỉnh, bộ của bạn nên không thể được giao phối hợp. / A coordinating unit must belong to the same province or ministry as you.");
            }

            if (c.Id != lead.Id && !coordinators.Contains(c.Id))
            {
                coordinators.Add(c.Id);
            }
        }

        // The answerable person: the named lead user (a person working in the lead unit's subtree), else the unit's head.
        Guid? leadUserId;
        if (t.LeadUserId is { } named)
        {
            var unitsOfLead = await people.UnitsOfAsync(named, today, ct);
            var subtree = units.Subtree(lead.Id);
            if (unitsOfLead.Count == 0 || !await subtree.AnyAsync(u => unitsOfLead.Contains(u), ct))
            {
                throw RequestValidationException.For(prefix + "leadUserId",
                    "Người chủ trì phải là cán bộ của đơn vị chủ trì. / The lead user must hold a position in the lead unit.");
            }

            leadUserId = named;
        }
        else
        {
            leadUserId = (await people.HeadOfAsync(lead.Id, today, ct))?.UserId;
        }

        DateOnly? due = t.DueDate;
        if (t.WorkingDays is { } days)
        {
            // docs/domain.md §7: N working days count from the day after the trigger (today in Vietnam) on the working calendar.
            due = (await calendar.GetAsync(ct)).DueAfterWorkingDays(today, days);
        }
        else if (t.DueDate is { } requestedDue)
        {
            // Civil Code 2015 art. 148(5): a deadline on a day off ends at the end of the next working day.
            due = (await calendar.GetAsync(ct)).OnWorkingDay(requestedDue);
        }

        var sourceDocumentId = t.SourceDocumentId;
        var parentTaskId = t.ParentTaskId;
        if (sourceDocumentId is { } docId)
        {
            var doc = await documents.FindAsync(docId, ct)
                ?? throw RequestValidationException.For(prefix + "sourceDocumentId", "Văn bản nguồn không tồn tại. / The source document does not exist.");

            // docs/domain.md §6 (cascade): a task created from a document that implements a parent task becomes its child.
            parentTaskId ??= doc.ImplementsTaskId;
        }

        var focalUnitId = t.FocalUnitId;
        if (parentTaskId is { } parentId)
        {
            var parent = await db.Tasks.Where(x => x.Id == parentId).Select(x => new { x.FocalUnitId }).FirstOrDefaultAsync(ct)
                ?? throw RequestValidationException.For(prefix + "parentTaskId", "Nhiệm vụ cấp trên không tồn tại. / The parent task does not exist.");

            // ADR 0003: the focal unit of a directive follows its whole cascade, so a task one level down inherits it.
            focalUnitId ??= parent.FocalUnitId;
        }

        var task = new WorkTask(Guid.CreateVersion7(), t.Title.Trim().Normalize(), t.Description?.Trim().Normalize(), assignerUnitId, currentUser.UserId,
            lead.Id, leadUserId, coordinators, today, now, due, t.WorkingDays);
        task.LinkSource(sourceDocumentId, t.ClauseRef?.Trim(), parentTaskId);
        task.FollowedBy(focalUnitId);
        db.Tasks.Add(task);
        db.TaskRoutings.Add(new TaskRouting(Guid.CreateVersion7(), task.Id, 1, RoutingKind.Assigned, lead.Id, currentUser.UserId, now, null, null));
        if (leadUserId is { } holder)
        {
            db.TaskHandoffs.Add(new TaskHandoff(Guid.CreateVersion7(), task.Id, currentUser.UserId, holder, now, due, null));
            // the answerable person learns of the task at once (inbox, live count, e-mail), in this unit of work.
            notices.Tell(holder, NotificationCategories.Task, task, "chủ trì thực hiện", $"Bạn được giao chủ trì nhiệm vụ \"{task.Title}\"",
                $"Đơn vị chủ trì: {lead.Name}.", $"task-assigned:{task.Id}:{holder}");
        }

        await notices.TellCoordinatorsAsync(task, coordinators, lead.Name, ct);

        if (t.WorkingDays is { } n && due is { } d)
        {
            await ledger.RecordAsync(TaskAudit.DeadlineOwnerType, task.Id, today, n, d, ct);
        }

        RecurringDuty? duty = null;
        if (t.Recurring is { } recurring && RecurrencePolicy.Parse(recurring.Period) is var cadence && cadence != ReportCadence.None)
        {
            duty = new RecurringDuty(Guid.CreateVersion7(), task.Id, task.Title, recurring.Period.Trim(), cadence, assignerUnitId, lead.Id, today, now);
            db.TaskRecurringDuties.Add(duty);
        }

        audit.Record(TaskAudit.Entity, task.Id, TaskAudit.Assigned, new
        {
            task.Title,
            leadUnitId = lead.Id,
            leadUnitName = lead.Name,
            requestedLeadUnitId = lead.Id == t.LeadUnitId ? (Guid?)null : t.LeadUnitId,
            resolvedToSuccessor = lead.Id != t.LeadUnitId,
            leadUserId,
            coordinatingUnitIds = coordinators,
            assignerUnitId,
            dueDate = due,
            requestedDueDate = t.WorkingDays is null && t.DueDate != due ? t.DueDate : null,
            workingDays = t.WorkingDays,
            receivedOn = today,
            sourceDocumentId,
            clauseRef = task.ClauseRef,
            parentTaskId,
            focalUnitId,
            recurring = duty?.Phrase,
        });
        return task;
    }

    /// <summary>The date as asked when it fell on a day off and was moved (docs/api.md: <c>requestedDueDate</c>), else null.</summary>
    internal static DateOnly? RequestedDueDate(NewTask asked, WorkTask created) =>
        asked.WorkingDays is null && asked.DueDate is { } d && d != created.DueDate ? d : null;

    private static bool InForce(UnitDto unit, DateOnly date) =>
        (unit.ValidFrom is null || unit.ValidFrom <= date) && (unit.ValidTo is null || date <= unit.ValidTo);

    /// <summary>
    /// The assigner must hold AssignWork on the unit it assigns from, and that unit must be the lead unit or an ancestor of
    /// it: work is assigned down the tree, never sideways to another branch (docs/domain.md §9 "do not push sideways").
    /// Without an explicit assigning unit it is the highest unit on the lead unit's ancestor line where the caller holds
    /// AssignWork (the grant's own unit), e.g. UBND tỉnh for its Chủ tịch assigning to a Sở.
    /// </summary>
    private async Task<Guid> ResolveAssignerAsync(UnitDto lead, Guid? requestedAssigner, string prefix, bool onBehalfOfBody, CancellationToken ct)
    {
        if (onBehalfOfBody && requestedAssigner is null)
        {
            throw RequestValidationException.For(prefix + "assignerUnitId", "Cần nêu cơ quan giao việc. / The assigning body is required.");
        }

        if (requestedAssigner is { } assigner)
        {
            if (!await units.Subtree(assigner).AnyAsync(u => u == lead.Id, ct))
            {
                throw RequestValidationException.For(prefix + "assignerUnitId",
                    "Đơn vị giao việc phải là đơn vị chủ trì hoặc cấp trên của đơn vị đó. / The assigning unit must be the lead unit or an ancestor of it.");
            }

            if (!onBehalfOfBody)
            {
                await access.EnsureAsync(Permission.AssignWork, assigner, ct);
            }

            return assigner;
        }

        if (await access.IsAdministratorAsync(ct))
        {
            return lead.ParentId ?? lead.Id;
        }

        Guid? highest = null;
        var seen = new HashSet<Guid>();
        for (UnitDto? u = lead; u is not null && seen.Add(u.Id); u = u.ParentId is { } p ? await units.FindAsync(p, ct) : null)
        {
            if (await access.HasAsync(Permission.AssignWork, u.Id, ct))
            {
                highest = u.Id;
            }
            else if (highest is not null)
            {
                break;
            }
        }

        return highest ?? throw new ForbiddenException(
            "Bạn không có quyền giao việc cho đơn vị này. / You may not assign work to this unit.");
    }
}
