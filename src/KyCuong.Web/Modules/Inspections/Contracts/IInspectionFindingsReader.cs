namespace KyCuong.Web.Modules.Inspections.Contracts;

/// <summary>
/// A finding of a check of official duties about one official, as the evaluation shows it (docs/domain.md "Checks of official duties:
/// findings about people"). <c>ReviewDecision</c> is none, reminder, reprimand, warning, dismissalFromPost or forcedResignation, null
/// until the competent leader has decided.
/// </summary>
public sealed record PersonFinding(Guid FindingId, Guid InspectionId, string InspectionTitle, Guid UnitId, string? Topic, string Text, DateTime RecordedAtUtc,
    string? ReviewDecision, string ReviewDecisionLabel, string? ReviewDecisionNumber, DateOnly? ReviewDecidedOn);

/// <summary>A discipline (khiển trách or heavier) decided on a finding about the person: <c>Form</c> as the evaluation API names it.</summary>
public sealed record FindingDiscipline(Guid FindingId, Guid InspectionId, string Form, string DecisionNumber, DateOnly DecidedOn);

/// <summary>
/// What the Inspections module tells other modules about findings that name a person. A surprise check not yet started contributes
/// nothing to anyone.
/// </summary>
public interface IInspectionFindingsReader
{
    /// <summary>
    /// The findings about the person recorded between the two Vietnam dates (inclusive) that the caller may see: all of them for the
    /// person, their managers and administrators; for the head of a checking team only that team's; none for anyone else.
    /// </summary>
    Task<IReadOnlyList<PersonFinding>> AboutAsync(Guid personUserId, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>
    /// The disciplines decided on findings about the person with a decision date between the two dates, whoever asks: a grade forced by
    /// them is the same for every reader (Nghị định 335/2025/NĐ-CP).
    /// </summary>
    Task<IReadOnlyList<FindingDiscipline>> DisciplinesAsync(Guid personUserId, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>
    /// <see cref="DisciplinesAsync"/> for many people in a fixed number of queries (a body-wide evaluation): by person, only those with
    /// at least one.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<FindingDiscipline>>> DisciplinesOfManyAsync(IReadOnlyCollection<Guid> personUserIds, DateOnly from, DateOnly to,
        CancellationToken ct);
}
