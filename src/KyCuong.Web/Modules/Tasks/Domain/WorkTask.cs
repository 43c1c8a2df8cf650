namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>
/// A task (nhiệm vụ, docs/domain.md §6): exactly one lead unit, any coordinating units, an answerable person in the lead unit,
/// a deadline as a date (or none for a standing duty), and every change made through a method that bumps
/// <see cref="Version"/> (the application-managed concurrency token).
/// </summary>
internal sealed class WorkTask
{
    private readonly List<TaskCoordinator> _coordinators = [];

    private WorkTask()
    {
    }

    public WorkTask(Guid id, string title, string? description, Guid assignerUnitId, Guid? assignedByUserId, Guid leadUnitId, Guid? leadUserId,
        IEnumerable<Guid> coordinatingUnitIds, DateOnly receivedOn, DateTime assignedAtUtc, DateOnly? dueDate, int? workingDays)
    {
        Id = id;
        Title = title;
        Description = description;
        AssignerUnitId = assignerUnitId;
        AssignedByUserId = assignedByUserId;
        LeadUnitId = leadUnitId;
        LeadUserId = leadUserId;
        CurrentHolderUserId = leadUserId;
        ReceivedOn = receivedOn;
        AssignedAtUtc = assignedAtUtc;
        DueDate = dueDate;
        OriginalDueDate = dueDate;
        WorkingDays = workingDays;
        State = TaskState.Open;
        foreach (var unitId in coordinatingUnitIds.Distinct())
        {
            _coordinators.Add(new TaskCoordinator(id, unitId));
        }
    }

    public Guid Id { get; private set; }

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>The directive this task comes from and its clause (<c>2</c>, <c>1.đ</c>, <c>closing</c>), if any.</summary>
    public Guid? SourceDocumentId { get; private set; }

    public string? ClauseRef { get; private set; }

    /// <summary>The task this one implements one level down (the cascade of a directive, docs/domain.md §6).</summary>
    public Guid? ParentTaskId { get; private set; }

    /// <summary>The unit the task was assigned from: its holders of AssignWork decide extensions, re-routings and reopenings.</summary>
    public Guid AssignerUnitId { get; private set; }

    public Guid? AssignedByUserId { get; private set; }

    public Guid LeadUnitId { get; private set; }

    /// <summary>The answerable person in the lead unit: the named lead user, else the unit's head at assignment.</summary>
    public Guid? LeadUserId { get; private set; }

    /// <summary>Who holds the task now, after hand-offs.</summary>
    public Guid? CurrentHolderUserId { get; private set; }

    public IReadOnlyCollection<TaskCoordinator> Coordinators => _coordinators;

    /// <summary>The original receipt date; kept through returns and re-routings (docs/domain.md §9).</summary>
    public DateOnly ReceivedOn { get; private set; }

    public DateTime AssignedAtUtc { get; private set; }

    public DateOnly? DueDate { get; private set; }

    /// <summary>The due date first given, before extensions and re-computations.</summary>
    public DateOnly? OriginalDueDate { get; private set; }

    /// <summary>Set when the deadline was given as N working days from the day after <see cref="ReceivedOn"/>.</summary>
    public int? WorkingDays { get; private set; }

    public TaskState State { get; private set; }

    public DateOnly? CompletedOn { get; private set; }

    public DateTime? CompletedAtUtc { get; private set; }

    public string? Result { get; private set; }

    public Guid? ResultDocumentId { get; private set; }

    public int? ProgressPercent { get; private set; }

    public string? LastProgressNote { get; private set; }

    public DateTime? LastProgressAtUtc { get; private set; }

    public int ReturnCount { get; private set; }

    public int RerouteCount { get; private set; }

    public int ExtensionCount { get; private set; }

    public int ReopenCount { get; private set; }

    /// <summary>
    /// Set when a completion is reported and cleared when the assigning side reviews it or reopens the task: the completion
    /// waits for the review (docs/domain.md §6, results reviewed). Completions from before reviews existed stay null.
    /// </summary>
    public DateTime? AwaitingReviewSinceUtc { get; private set; }

    /// <summary>docs/domain.md §9: the task came back to a unit it had already left (A→B→A).</summary>
    public bool Bounced { get; private set; }

    public Guid? RecurringDutyId { get; private set; }

    /// <summary>The reporting period of a recurring report task (<c>2026-H1</c>, <c>2026</c>); unique per duty.</summary>
    public string? PeriodKey { get; private set; }

    public int Version { get; private set; }

    /// <summary>
    /// The focal unit (đầu mối theo dõi) of the directive whose cascade this task belongs to: its monitors follow and chase the
    /// task without acting on it (ADR 0003). Set at creation, from the direction or inherited from the parent task.
    /// </summary>
    public Guid? FocalUnitId { get; private set; }

    public void FollowedBy(Guid? focalUnitId) => FocalUnitId = focalUnitId;

    public void LinkSource(Guid? sourceDocumentId, string? clauseRef, Guid? parentTaskId)
    {
        SourceDocumentId = sourceDocumentId;
        ClauseRef = clauseRef;
        ParentTaskId = parentTaskId;
    }

    public void LinkRecurring(Guid dutyId, string periodKey)
    {
        RecurringDutyId = dutyId;
        PeriodKey = periodKey;
    }

    public TaskStatusLabel StatusOn(DateOnly today) => TaskStatusPolicy.Compute(DueDate, CompletedOn, today);

    public void EnsureOpen()
    {
        if (State == TaskState.Completed)
        {
            throw new DomainException("task.alreadyCompleted", "Nhiệm vụ đã hoàn thành. / The task is already completed.");
        }

        if (State == TaskState.Returned)
        {
            throw new DomainException("task.returned", "Nhiệm vụ đã được trả lại, đang chờ cơ quan giao điều chuyển. / The task was returned and awaits re-routing.");
        }
    }

    public void Complete(DateOnly today, DateTime atUtc, string result, Guid? resultDocumentId)
    {
        EnsureOpen();
        State = TaskState.Completed;
        CompletedOn = today;
        CompletedAtUtc = atUtc;
        Result = result;
        ResultDocumentId = resultDocumentId;
        ProgressPercent = 100;
        AwaitingReviewSinceUtc = atUtc;
        Version++;
    }

    /// <summary>
    /// The assigning side reviews the completion (docs/domain.md §6): only a completed task whose completion still waits for a
    /// review; with <paramref name="reopen"/> the completion is voided and the task is open again with the same deadline.
    /// </summary>
    public void Review(bool reopen)
    {
        if (State != TaskState.Completed)
        {
            throw new DomainException("task.notCompleted", "Chỉ đánh giá được nhiệm vụ đã báo cáo hoàn thành. / Only a completed task can be reviewed.");
        }

        if (AwaitingReviewSinceUtc is null)
        {
            throw new DomainException("task.alreadyReviewed", "Kết quả hoàn thành này đã được đánh giá. / This completion was already reviewed.");
        }

        AwaitingReviewSinceUtc = null;
        if (reopen)
        {
            Reopen();
            return;
        }

        Version++;
    }

    public void Reopen()
    {
        if (State != TaskState.Completed)
        {
            throw new DomainException("task.notCompleted", "Chỉ mở lại được nhiệm vụ đã hoàn thành. / Only a completed task can be reopened.");
        }

        State = TaskState.Open;
        CompletedOn = null;
        CompletedAtUtc = null;
        AwaitingReviewSinceUtc = null;
        ReopenCount++;
        Version++;
    }

    public void ReportProgress(string note, int? percent, DateTime atUtc)
    {
        EnsureOpen();
        LastProgressNote = note;
        ProgressPercent = percent ?? ProgressPercent;
        LastProgressAtUtc = atUtc;
        Version++;
    }

    public void HandTo(Guid userId)
    {
        EnsureOpen();
        CurrentHolderUserId = userId;
        Version++;
    }

    /// <summary>docs/domain.md §9: a unit returns a matter outside its competence at once, with the reason.</summary>
    public void Return()
    {
        EnsureOpen();
        State = TaskState.Returned;
        ReturnCount++;
        Version++;
    }

    /// <summary>
    /// The assigner sends the task to another lead unit. The original receipt date is kept; a unit that already led the
    /// task before (A→B→A) sets the bounce flag (docs/domain.md §9).
    /// </summary>
    public void Reroute(Guid newLeadUnitId, Guid? newLeadUserId, bool ledBefore)
    {
        if (State == TaskState.Completed)
        {
            throw new DomainException("task.alreadyCompleted", "Nhiệm vụ đã hoàn thành. / The task is already completed.");
        }

        if (newLeadUnitId == LeadUnitId && State == TaskState.Open)
        {
            throw new DomainException("task.sameLeadUnit", "Nhiệm vụ đang do chính đơn vị này chủ trì. / The task is already led by this unit.");
        }

        Bounced |= ledBefore;
        LeadUnitId = newLeadUnitId;
        LeadUserId = newLeadUserId;
        CurrentHolderUserId = newLeadUserId;
        _coordinators.RemoveAll(c => c.UnitId == newLeadUnitId);
        State = TaskState.Open;
        RerouteCount++;
        Version++;
    }

    /// <summary>An approved extension or an explicit re-computation moves the due date (docs/domain.md §6, §7).</summary>
    public void MoveDueDate(DateOnly newDue, bool isExtension)
    {
        DueDate = newDue;
        if (isExtension)
        {
            ExtensionCount++;
            WorkingDays = null;
        }

        Version++;
    }
}
