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

    /// <summary>The direct sub-units of these units, ended ones included, in one query (the parent index; not the whole directory).</summary>
    Task<IReadOnlyList<UnitDto>> ChildrenAsync(IReadOnlyCollection<Guid> parentIds, CancellationToken ct);

    /// <summary>Every unit, ended ones included (the directory every official may read: ADR 0003).</summary>
    Task<IReadOnlyList<UnitDto>> ListAsync(CancellationToken ct);

    /// <summary>The unit and all its descendants.</summary>
    IQueryable<Guid> Subtree(Guid unitId);

    /// <summary>
    /// The subtrees of many units at once, to compose into another module's query: one row per (unit among <paramref name="unitIds"/>,
    /// unit of its subtree, itself included), so a caller counts for every unit in ONE grouped query (<c>GROUP BY</c> the root).
    /// </summary>
    IQueryable<SubtreeMember> SubtreeMembers(IReadOnlyCollection<Guid> unitIds);

    /// <summary>The subtrees of many units (each unit itself included), read in one query: unit → the units of its subtree.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> SubtreesAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct);
}

/// <summary>One unit of a subtree: <see cref="RootId"/> the unit asked about, <see cref="UnitId"/> itself or one of its descendants.</summary>
public sealed class SubtreeMember
{
    public Guid RootId { get; init; }

    public Guid UnitId { get; init; }
}
