using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Tasks.Persistence;

/// <summary>
/// Who holds positions where, as the Tasks module needs it (the lead unit's head, whether a person works in a unit, names).
/// The Organisation contract (<c>IUnitDirectory</c>) has no people look-up yet; until it does, this one reader queries the
/// positions and users tables read-only, through plain SQL so that no Organisation type is referenced. Replace it with a
/// contract call (e.g. <c>IUnitDirectory.HeadsOfAsync</c>) when the contract offers one.
/// </summary>
public sealed class OrgPeople(AppDbContext db)
{
    // OrgRole flags in org_positions."Roles" (Organisation.Contracts.OrgRole): Leader = 2, DeputyLeader = 4.
    private const int Leader = 2;
    private const int DeputyLeader = 4;

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
    }

    private IQueryable<PositionRow> Positions() => db.Database.SqlQuery<PositionRow>(
        $"""SELECT p."UserId", p."UnitId", u."FullName", u."UserName", p."Title", p."Roles", p."ValidFrom", p."ValidTo" FROM org_positions p JOIN org_users u ON u."Id" = p."UserId" WHERE u."IsActive" = {true}""");

    /// <summary>The unit's head on the date: a position with the leader role in that unit (a deputy only when no leader).</summary>
    public async Task<PositionRow?> HeadOfAsync(Guid unitId, DateOnly date, CancellationToken ct)
    {
        var rows = (await Positions().Where(p => p.UnitId == unitId).ToListAsync(ct)).Where(p => p.InForceOn(date)).ToList();
        return rows.Where(p => (p.Roles & Leader) != 0).OrderBy(p => p.FullName, StringComparer.Ordinal).FirstOrDefault()
            ?? rows.Where(p => (p.Roles & DeputyLeader) != 0).OrderBy(p => p.FullName, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>The units where the person holds a position in force on the date.</summary>
    public async Task<IReadOnlyList<Guid>> UnitsOfAsync(Guid userId, DateOnly date, CancellationToken ct) =>
        (await Positions().Where(p => p.UserId == userId).ToListAsync(ct)).Where(p => p.InForceOn(date)).Select(p => p.UnitId).Distinct().ToList();

    /// <summary>The positions in force on the date of the people in any of the units.</summary>
    public async Task<IReadOnlyList<PositionRow>> PeopleInAsync(IReadOnlyCollection<Guid> unitIds, DateOnly date, CancellationToken ct)
    {
        var ids = unitIds.ToList();
        return (await Positions().Where(p => ids.Contains(p.UnitId)).ToListAsync(ct)).Where(p => p.InForceOn(date)).ToList();
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var rows = await db.Database.SqlQuery<NameRow>($"""SELECT u."Id", u."FullName" FROM org_users u""").Where(u => ids.Contains(u.Id)).ToListAsync(ct);
        return rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First().FullName);
    }

    public sealed class NameRow
    {
        public Guid Id { get; set; }

        public string FullName { get; set; } = "";
    }
}
