namespace KyCuong.Web.Modules.Calendar.Contracts;

/// <summary>
/// The register of working-day deadlines given by other modules (tasks, consultations). docs/domain.md §7: a deadline once given
/// is a stored date; a later calendar change never moves it silently. Re-computation is an explicit, audited act of an
/// administrator that lists what moved and calls each <see cref="IDeadlineOwner"/>.
/// </summary>
public interface IDeadlineLedger
{
    /// <summary>
    /// Records (or replaces, e.g. after an extension) the deadline of one owner, with the calendar version of this scope.
    /// Adds to the caller's unit of work: the owner's row, its deadline and its audit commit in one SaveChanges.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="due"/> is not what the scope's calendar gives for the trigger and days.</exception>
    Task RecordAsync(string ownerType, Guid ownerId, DateOnly trigger, int workingDays, DateOnly due, CancellationToken ct);

    /// <summary>Forgets the deadline of a finished owner (a completed task is not re-computed). Adds to the caller's unit of work.</summary>
    Task RemoveAsync(string ownerType, Guid ownerId, CancellationToken ct);
}
