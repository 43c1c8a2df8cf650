namespace KyCuong.Web.Modules.Organisation.Contracts;

/// <summary>A person's position as other modules may see it.</summary>
public sealed record PersonPosition(Guid UserId, Guid UnitId, string FullName, string? UserName, string Title, OrgRole Roles, DateOnly? ValidFrom, DateOnly? ValidTo);

/// <summary>Who holds positions where (active accounts only): the answerable head of a unit, a person's units, names.</summary>
public interface IPeopleDirectory
{
    /// <summary>The unit's head on the date: a leader of that unit, else a deputy leader (docs/domain.md §6: without a lead person the unit's head answers).</summary>
    Task<PersonPosition?> HeadOfAsync(Guid unitId, DateOnly date, CancellationToken ct);

    /// <summary>The heads of these units on the date, by the rule of <see cref="HeadOfAsync"/>, in one query (a unit without a head is absent).</summary>
    Task<IReadOnlyDictionary<Guid, PersonPosition>> HeadsOfAsync(IReadOnlyCollection<Guid> unitIds, DateOnly date, CancellationToken ct);

    Task<IReadOnlyList<Guid>> UnitsOfAsync(Guid userId, DateOnly date, CancellationToken ct);

    /// <summary>Every position in force on the date of these people (active accounts), in one query per thousand people.</summary>
    Task<IReadOnlyList<PersonPosition>> PositionsOfAsync(IReadOnlyCollection<Guid> userIds, DateOnly date, CancellationToken ct);

    Task<IReadOnlyList<PersonPosition>> PeopleInAsync(IReadOnlyCollection<Guid> unitIds, DateOnly date, CancellationToken ct);

    Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> userIds, CancellationToken ct);

    /// <summary>The active account with this log-in name (case-insensitive), if any.</summary>
    Task<Guid?> FindUserIdAsync(string userName, CancellationToken ct);
}
