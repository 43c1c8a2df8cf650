namespace KyCuong.Web.Modules.Tasks.Contracts;

/// <summary>A step of a task: who it was handed to, when, and when the step ended (null while it runs).</summary>
public sealed record HistoryHandoff(Guid ToUserId, DateTime AtUtc, DateTime? EndedAtUtc);

/// <summary>An extension request: asked when, decided when and whether approved, the date asked for, who decided.</summary>
public sealed record HistoryExtension(DateTime RequestedAtUtc, DateTime? DecidedAtUtc, bool Approved, DateOnly RequestedDueDate, Guid? DecidedByUserId);

/// <summary>The assigning side's review of a completion (docs/domain.md §6, results reviewed).</summary>
public sealed record HistoryReview(DateTime AtUtc, bool Met, bool MajorError, bool Reopened, Guid? HolderUserId, DateOnly CompletedOn, Guid? ByUserId);

/// <summary>A change of lead unit: <c>assigned</c>, <c>returned</c> (to the sender) or <c>rerouted</c>.</summary>
public sealed record HistoryRouting(string Kind, DateTime AtUtc);

/// <summary>What the evaluation of officials reads of one task's life (Nghị định 335/2025; docs/domain.md "Evaluation").</summary>
public sealed record TaskHistory(
    Guid TaskId,
    string Title,
    Guid AssignerUnitId,
    Guid? AssignedByUserId,
    Guid LeadUnitId,
    Guid? CurrentHolderUserId,
    DateTime AssignedAtUtc,
    DateOnly? OriginalDueDate,
    DateOnly? DueDate,
    DateOnly? CompletedOn,
    DateTime? CompletedAtUtc,
    bool AwaitingReview,
    IReadOnlyList<HistoryHandoff> Handoffs,
    IReadOnlyList<HistoryExtension> Extensions,
    IReadOnlyList<HistoryReview> Reviews,
    IReadOnlyList<HistoryRouting> Routings);

/// <summary>
/// One task a person holds, reduced to what a ranking of many people reads (docs/domain.md "Checks of official duties: risk ranking of
/// people"): its holder, deadline in force, completion and how many extensions were approved.
/// </summary>
public sealed record HeldTaskFacts(Guid HolderUserId, Guid TaskId, DateOnly? DueDate, DateOnly? CompletedOn, int ApprovedExtensions);

/// <summary>The task record as the Evaluation module reads it: never Tasks' tables directly.</summary>
public interface ITaskHistoryForEvaluation
{
    /// <summary>
    /// The tasks a person answers for in a period: those they hold now (or held at completion) whose deadline or completion falls
    /// between the two dates (Vietnam calendar, inclusive).
    /// </summary>
    Task<IReadOnlyList<TaskHistory>> ProductsOfAsync(Guid userId, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>
    /// <see cref="ProductsOfAsync"/> for many people (a body-wide evaluation): the same tasks with their history, read in a fixed number
    /// of queries per thousand people, whatever their number of tasks.
    /// </summary>
    Task<IReadOnlyList<TaskHistory>> ProductsOfManyAsync(IReadOnlyCollection<Guid> userIds, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>
    /// The same selection as <see cref="ProductsOfAsync"/> for many people at once, in one query (the people ranking of a unit of
    /// hundreds): every task one of them holds whose deadline or completion falls between the two dates, with its approved extensions
    /// counted in the database. At most a few thousand people per call (the caller's own bound).
    /// </summary>
    Task<IReadOnlyList<HeldTaskFacts>> HeldTaskFactsAsync(IReadOnlyCollection<Guid> userIds, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>One task's history, or null when it does not exist (the caller checks access first).</summary>
    Task<TaskHistory?> HistoryAsync(Guid taskId, CancellationToken ct);
}
