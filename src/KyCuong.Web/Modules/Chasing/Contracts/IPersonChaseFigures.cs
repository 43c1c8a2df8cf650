namespace KyCuong.Web.Modules.Chasing.Contracts;

/// <summary>
/// What chasing says about one person since a moment: the reminders counted against them (overdue ladder steps and manual
/// reminders, docs/domain.md §10) and whether a transfer-review flag is raised and not cleared now.
/// </summary>
public sealed record PersonChaseFigures(Guid UserId, int CountedReminders, bool OpenTransferFlag);

/// <summary>
/// Chasing figures of several people, for the people-risk ranking of a check of official duties (docs/domain.md "Checks of official
/// duties: risk ranking of people"). No access check: the caller (the Inspections module) has decided who may read them.
/// </summary>
public interface IPersonChaseFigures
{
    /// <summary>One entry per person asked about (zero figures when chasing knows nothing of them).</summary>
    Task<IReadOnlyDictionary<Guid, PersonChaseFigures>> ForPeopleAsync(IReadOnlyCollection<Guid> userIds, DateTime sinceUtc, CancellationToken ct);
}
