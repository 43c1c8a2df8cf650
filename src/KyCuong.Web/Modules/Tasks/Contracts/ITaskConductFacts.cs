namespace KyCuong.Web.Modules.Tasks.Contracts;

/// <summary>A step of a task: who handed it (the actor, null for the system), to whom, when.</summary>
public sealed record ConductStep(Guid? ByUserId, Guid ToUserId, DateTime AtUtc, DateTime? EndedAtUtc);

/// <summary>A change of lead unit: <c>assigned</c>, <c>returned</c> (by <see cref="UnitId"/>) or <c>rerouted</c> (to <see cref="UnitId"/>).</summary>
public sealed record ConductRouting(string Kind, Guid UnitId, Guid? ByUserId, DateTime AtUtc);

/// <summary>An extension request: who asked, when, the due date it replaced and the one asked for, and whether it was approved (when).</summary>
public sealed record ConductExtension(Guid? RequestedByUserId, DateTime RequestedAtUtc, DateOnly PreviousDueDate, DateOnly RequestedDueDate, bool Approved,
    DateTime? DecidedAtUtc);

/// <summary>What the shirking patterns read of one task's life (docs/domain.md "Evaluation: patterns and candidates").</summary>
public sealed record ConductTask(Guid TaskId, string Title, Guid LeadUnitId, DateOnly? OriginalDueDate, DateOnly? DueDate, DateTime AssignedAtUtc,
    IReadOnlyList<ConductStep> Steps, IReadOnlyList<ConductRouting> Routings, IReadOnlyList<ConductExtension> Extensions);

/// <summary>The task record as the Evaluation module's patterns read it: never Tasks' tables directly.</summary>
public interface ITaskConductFacts
{
    /// <summary>
    /// The tasks any of these people handled between the two instants: a step held by them that began before <paramref name="toUtc"/>
    /// and had not ended before <paramref name="fromUtc"/>, or a return of the task they made in that time. Each with its whole history.
    /// </summary>
    Task<IReadOnlyList<ConductTask>> HandledByAsync(IReadOnlyCollection<Guid> userIds, DateTime fromUtc, DateTime toUtc, CancellationToken ct);

    /// <summary>The titles of these tasks (missing ids are left out).</summary>
    Task<IReadOnlyDictionary<Guid, string>> TitlesAsync(IReadOnlyCollection<Guid> taskIds, CancellationToken ct);
}
