namespace KyCuong.Web.Modules.Documents.Contracts;

/// <summary>One directive's coverage within a unit's subtree.</summary>
public sealed record AcknowledgementLine(Guid DocumentId, string Label, int Required, int Acknowledged);

/// <summary>Coverage of every campaign required in a period, as a report section reads it.</summary>
public sealed record AcknowledgementFigures(int Campaigns, int Required, int Acknowledged, IReadOnlyList<AcknowledgementLine> Lines);

/// <summary>The acknowledgement coverage a report section shows (docs/domain.md "Reports", "Acknowledgement of directives").</summary>
public interface IAcknowledgementFigures
{
    /// <summary>
    /// Campaigns required from <paramref name="from"/> to <paramref name="to"/> that reach officials of <paramref name="unitId"/>'s subtree:
    /// how many of those officials (holding a position today) had acknowledged by the end of <paramref name="asOf"/>. The caller checks access.
    /// </summary>
    Task<AcknowledgementFigures> ForUnitAsync(Guid unitId, DateOnly from, DateOnly to, DateOnly asOf, CancellationToken ct);

    /// <summary>
    /// <see cref="ForUnitAsync"/> for many units at once (a period opened for all its reporting units) in a fixed number of queries:
    /// the period's campaigns, the subtrees, the officials and the acknowledgements are each read once. Every unit has an entry.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, AcknowledgementFigures>> ForUnitsAsync(IReadOnlyCollection<Guid> unitIds, DateOnly from, DateOnly to, DateOnly asOf,
        CancellationToken ct);
}
