namespace KyCuong.Web.Modules.Tasks.Contracts;

/// <summary>
/// A completion waiting for the assigning side's review. Member-initialised so that EF translates further filters over it (the
/// review chase excludes the completions it already chased in SQL).
/// </summary>
public sealed record AwaitingReviewRow
{
    public Guid TaskId { get; init; }

    public string Title { get; init; } = "";

    public Guid AssignerUnitId { get; init; }

    public Guid? AssignedByUserId { get; init; }

    public DateOnly? DueDate { get; init; }

    public DateOnly? CompletedOn { get; init; }

    public DateTime AwaitingSinceUtc { get; init; }

    /// <summary>Which completion of the task this is (0 for the first; each reopening starts the next).</summary>
    public int Completion { get; init; }
}

/// <summary>
/// How the results a person reported were judged in a period (docs/domain.md §6, results reviewed): reviews met and not met, major
/// errors, and send-backs (a completion voided and the task opened again), counted against the person who held the task.
/// </summary>
public sealed record PersonReviewCounts(int Met, int NotMet, int MajorErrors, int SendBacks);

/// <summary>Reviews of completed tasks, as the chasing and (later) the evaluation of officials read them.</summary>
public interface ITaskReviews
{
    /// <summary>Completions waiting for a review, reported before <paramref name="beforeUtc"/>.</summary>
    IQueryable<AwaitingReviewRow> AwaitingSince(DateTime beforeUtc);

    /// <summary>The reviews of results the person reported, reviewed between the two dates (Vietnam time, inclusive).</summary>
    Task<PersonReviewCounts> CountsForAsync(Guid userId, DateOnly from, DateOnly to, CancellationToken ct);
}
