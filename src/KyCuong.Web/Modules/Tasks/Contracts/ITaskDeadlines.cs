namespace KyCuong.Web.Modules.Tasks.Contracts;

/// <summary>
/// One open task with a due date, as the chasing module sees it. <see cref="AnswerableUserId"/> is the lead person, else
/// the person holding the task now (docs/domain.md §6: individual responsibility at every step).
/// Member-initialised (not a positional record) so that EF can translate further filters and joins over it.
/// </summary>
public sealed record TaskDeadlineRow
{
    public Guid TaskId { get; init; }

    public string Title { get; init; } = "";

    public Guid LeadUnitId { get; init; }

    public Guid? AnswerableUserId { get; init; }

    public Guid AssignerUnitId { get; init; }

    public DateOnly DueDate { get; init; }

    /// <summary>Always <c>open</c> in <see cref="ITaskDeadlines.OpenWithDueDate"/>.</summary>
    public string State { get; init; } = "open";
}

/// <summary>
/// Any task (open, returned or completed) for a manual reminder: who leads it, who assigned it, who answers, and the focal unit
/// (đầu mối theo dõi) of the directive whose cascade it belongs to, whose monitors may chase it (ADR 0003).
/// </summary>
public sealed record TaskChaseInfo(Guid TaskId, string Title, Guid LeadUnitId, Guid? AnswerableUserId, Guid AssignerUnitId, DateOnly? DueDate, string State,
    Guid? FocalUnitId = null);

/// <summary>How often a person returned tasks or asked for extensions (docs/domain.md §6, §9: every return and extension is counted).</summary>
public sealed record PersonTaskCounts(int Returns, int Extensions);

/// <summary>
/// Read-only projections of tasks for the reminder ladder and the accountability page. They are composable queries, so the
/// deadline sweep stays set-based in SQL (joins and NOT EXISTS against its own tables) instead of loading tasks one by one.
/// </summary>
public interface ITaskDeadlines
{
    /// <summary>Open tasks (not returned, not completed) that have a due date.</summary>
    IQueryable<TaskDeadlineRow> OpenWithDueDate();

    /// <summary>The task with this id whatever its state (<c>open</c>, <c>returned</c>, <c>completed</c>), or null.</summary>
    Task<TaskChaseInfo?> FindAsync(Guid taskId, CancellationToken ct);

    /// <summary>
    /// These tasks as they stand now (lead unit, due date after extensions or re-computation, state), in one query. A task's
    /// due date belongs to the Tasks module: other modules read it here instead of keeping copies (docs/domain.md §6, §7).
    /// </summary>
    Task<IReadOnlyDictionary<Guid, TaskChaseInfo>> FindManyAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct);

    /// <summary>The titles of these tasks, in one query.</summary>
    Task<IReadOnlyDictionary<Guid, string>> TitlesAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct);

    /// <summary>The returns the person made and the extensions the person requested.</summary>
    Task<PersonTaskCounts> CountsForAsync(Guid userId, CancellationToken ct);
}
