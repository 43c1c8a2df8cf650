namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>What other modules may ask of the organisation.</summary>
public interface IUnitDirectory
{
    Task<UnitDto?> FindAsync(Guid unitId, CancellationToken ct);

    /// <summary>
    /// The unit that takes new work for <paramref name="unitId"/> on <paramref name="date"/>: the unit itself while in force,
    /// else its successor chain (docs/domain.md §4: after the effective date new work goes to the successor).
    /// </summary>
    Task<UnitDto?> ResolveInForceAsync(Guid unitId, DateOnly date, CancellationToken ct);

    /// <summary>The units with these ids, in one query.</summary>
    Task<IReadOnlyDictionary<Guid, UnitDto>> FindManyAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct);

    /// <summary>Every unit, ended ones included (the directory every official may read: ADR 0003).</summary>
    Task<IReadOnlyList<UnitDto>> ListAsync(CancellationToken ct);

    /// <summary>The unit and all its descendants.</summary>
    IQueryable<Guid> Subtree(Guid unitId);
}
