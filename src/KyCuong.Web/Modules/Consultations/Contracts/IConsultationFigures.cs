namespace KyCuong.Web.Modules.Consultations.Contracts;

/// <summary>
/// Counts of how units answered consultations, for other modules' rankings (the risk ranking of checks of official duties,
/// docs/domain.md "Checks of official duties"). No access check: the caller decides who may read its result.
/// </summary>
public interface IConsultationFigures
{
    /// <summary>
    /// For each given unit, the consultations that units in its subtree let lapse into deemed agreement (docs/domain.md §8), whose
    /// answer period ended between the two dates (inclusive).
    /// </summary>
    Task<IReadOnlyDictionary<Guid, int>> DeemedAgreementsAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to, CancellationToken ct);
}
