namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>
/// Which units the signed-in person may name when assigning work (docs/domain.md §6 "Unit pickers"): as lead, the units in
/// force where they hold AssignWork (their body's subtree: work goes down the tree, never sideways or up); as coordinators,
/// any unit in force of the same province or ministry (the top-level body under the national root), since coordination
/// crosses departments but stays within the body that answers for the work. Administrators may name any unit in force.
/// The one answer behind every unit picker (task form, a document's direction, Import) and the API's refusal.
/// </summary>
public interface IAssignableUnits
{
    Task<AssignableUnitSet> ForCurrentUserAsync(CancellationToken ct);

    /// <summary>
    /// Whether the caller may name <paramref name="unitId"/> as the lead unit: the same answer as
    /// <see cref="AssignableUnitSet.CanLead"/>, read for this unit alone. A form needs the whole labelled list; an API call that
    /// names its units needs only this answer, and building the list read the whole directory on every task created
    /// (docs/performance.md, "The API mix's two dearest requests").
    /// </summary>
    Task<bool> CanLeadAsync(Guid unitId, CancellationToken ct);

    /// <summary>Whether the caller may name <paramref name="unitId"/> as a coordinating unit: <see cref="AssignableUnitSet.CanCoordinate"/> for this unit alone.</summary>
    Task<bool> CanCoordinateAsync(Guid unitId, CancellationToken ct);
}

/// <summary>The units as choices, ordered for a Vietnamese reader, each with a label that tells same-named divisions apart.</summary>
public sealed class AssignableUnitSet(IReadOnlyList<UnitChoice> lead, IReadOnlyList<UnitChoice> coordinating, bool everywhere)
{
    private readonly HashSet<Guid> _lead = lead.Select(u => u.Id).ToHashSet();
    private readonly HashSet<Guid> _coordinating = coordinating.Select(u => u.Id).ToHashSet();

    public IReadOnlyList<UnitChoice> Lead { get; } = lead;

    public IReadOnlyList<UnitChoice> Coordinating { get; } = coordinating;

    /// <summary>True for an administrator: every unit in force.</summary>
    public bool Everywhere { get; } = everywhere;

    public bool CanLead(Guid unitId) => Everywhere || _lead.Contains(unitId);

    public bool CanCoordinate(Guid unitId) => Everywhere || _coordinating.Contains(unitId);
}

/// <summary>One unit offered in a picker: <see cref="Label"/> adds the parent's name to a division ("Phòng Tổ chức, biên chế – Sở Nội vụ …").</summary>
public sealed record UnitChoice(Guid Id, string Name, string Label, UnitKind Kind, Guid? ParentId);
