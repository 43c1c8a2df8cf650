namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>A unit the signed-in person holds a position in today: its kind, its parent and the roles of the person's positions there.</summary>
public sealed record CallerUnit(Guid UnitId, UnitKind Kind, Guid? ParentId, OrgRole Roles);

/// <summary>
/// Where the signed-in person stands in the organisation, read once per request together with the grants of <see cref="IAccessControl"/>
/// (the same load: the account, its positions with their units, its delegations). Every module asks these questions of the one read
/// instead of reading the caller's positions again; each module still applies its own rule to the answers.
/// </summary>
public interface ICallerPlace
{
    /// <summary>The caller's full name (null when nobody is signed in or the account is deactivated).</summary>
    Task<string?> FullNameAsync(CancellationToken ct);

    /// <summary>The units where the caller holds a position in force today (an inactive account holds none).</summary>
    Task<IReadOnlyList<CallerUnit>> UnitsAsync(CancellationToken ct);

    /// <summary>
    /// Of the caller's own units (<see cref="UnitsAsync"/>), those where the caller holds <paramref name="permission"/> — what
    /// <see cref="IAccessControl.HasAsync"/> answers for each, from one read of the units' ancestors per request.
    /// </summary>
    Task<IReadOnlyList<Guid>> UnitsWithAsync(Permission permission, CancellationToken ct);

    /// <summary>The caller's own units and every unit above them (the organisation tree's closure).</summary>
    Task<IReadOnlyList<Guid>> UnitsAndAboveAsync(CancellationToken ct);

    /// <summary>
    /// Whether the caller manages the person (docs/domain.md "Who manages a person"): the caller holds AssignWork on a unit the person
    /// works in today, or — for the person's positions as head or deputy head of a unit — on the unit above it. Never one's own manager.
    /// Answered once per person and request.
    /// </summary>
    Task<bool> ManagesAsync(Guid personUserId, CancellationToken ct);

    /// <summary>The same, for a person whose positions in force today the caller already read (<see cref="IPeopleDirectory.PositionsOfAsync"/>).</summary>
    Task<bool> ManagesAsync(Guid personUserId, IReadOnlyList<PersonPosition> positionsToday, CancellationToken ct);
}
