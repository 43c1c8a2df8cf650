using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Tasks.Persistence;

/// <summary>Who holds positions where, as the Tasks module needs it, through the Organisation contract <see cref="IPeopleDirectory"/>.</summary>
internal sealed class OrgPeople(IPeopleDirectory people)
{
    public sealed class PositionRow
    {
        public Guid UserId { get; set; }

        public Guid UnitId { get; set; }

        public string FullName { get; set; } = "";

        public string? UserName { get; set; }

        public string Title { get; set; } = "";

        public int Roles { get; set; }

        public DateOnly? ValidFrom { get; set; }

        public DateOnly? ValidTo { get; set; }

        public bool InForceOn(DateOnly date) => (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date <= ValidTo);

        internal static PositionRow From(PersonPosition p) => new()
        {
            UserId = p.UserId, UnitId = p.UnitId, FullName = p.FullName, UserName = p.UserName, Title = p.Title, Roles = (int)p.Roles,
            ValidFrom = p.ValidFrom, ValidTo = p.ValidTo,
        };
    }

    /// <summary>The unit's head on the date: a position with the leader role in that unit (a deputy only when no leader).</summary>
    public async Task<PositionRow?> HeadOfAsync(Guid unitId, DateOnly date, CancellationToken ct) =>
        await people.HeadOfAsync(unitId, date, ct) is { } head ? PositionRow.From(head) : null;

    /// <summary>The units where the person holds a position in force on the date.</summary>
    public Task<IReadOnlyList<Guid>> UnitsOfAsync(Guid userId, DateOnly date, CancellationToken ct) => people.UnitsOfAsync(userId, date, ct);

    /// <summary>The positions in force on the date of the people in any of the units.</summary>
    public async Task<IReadOnlyList<PositionRow>> PeopleInAsync(IReadOnlyCollection<Guid> unitIds, DateOnly date, CancellationToken ct) =>
        (await people.PeopleInAsync(unitIds, date, ct)).Select(PositionRow.From).ToList();

    public Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> userIds, CancellationToken ct) => people.NamesAsync(userIds, ct);
}
