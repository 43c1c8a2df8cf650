namespace KyCuong.Web.Modules.Chasing.Contracts;

/// <summary>
/// An overdue step of the reminder ladder that is due now (docs/domain.md §10): its number (1 = the first working day after the due
/// date) and who gets a copy at that step under the ladder in force — the head of the body that gave the work from
/// <c>EscalateHeadFromStep</c>, the monitoring office from <c>EscalateMonitorFromStep</c>.
/// </summary>
public sealed record OverdueLadderStep(int Step, bool EscalateToHead, bool EscalateToMonitors);

/// <summary>
/// The reminder ladder of the Chasing module, for other work chased by the same rhythm as tasks (late periodic reports,
/// docs/domain.md "Reports"). The ladder in force is the one set on the chasing unit or its nearest ancestor, else the defaults.
/// </summary>
public interface IReminderLadders
{
    /// <summary>
    /// The latest overdue step after <paramref name="lastStep"/> whose sending instant has come for work due on
    /// <paramref name="dueDate"/> and chased by <paramref name="chasingUnitId"/>'s ladder; null before the first overdue step, when
    /// the step was already sent, or outside working days and hours (nothing is sent then; the step waits for the next working morning).
    /// A sweep that could not run for days sends one step, not a burst.
    /// </summary>
    Task<OverdueLadderStep?> OverdueStepDueAsync(Guid chasingUnitId, DateOnly dueDate, int? lastStep, CancellationToken ct);

    /// <summary>The monitoring office's monitors for work given by <paramref name="chasingUnitId"/> (the configured office, else the
    /// nearest unit at or above it where someone holds the Monitor role).</summary>
    Task<IReadOnlyList<Guid>> MonitorsAsync(Guid chasingUnitId, CancellationToken ct);
}
