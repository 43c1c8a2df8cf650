using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

internal sealed class PeopleDirectory(AppDbContext db) : IPeopleDirectory
{
    /// <summary>Positions in force on the date, filtered before the projection so the whole query runs in the database.</summary>
    private IQueryable<PersonPosition> InForce(DateOnly date, System.Linq.Expressions.Expression<Func<Domain.Position, bool>> filter) =>
        from p in db.Positions.Where(filter)
        join u in db.Users on p.UserId equals u.Id
        where u.IsActive && (p.ValidFrom == null || p.ValidFrom <= date) && (p.ValidTo == null || p.ValidTo >= date)
        select new PersonPosition(p.UserId, p.UnitId, u.FullName, u.UserName, p.Title, p.Roles, p.ValidFrom, p.ValidTo);

    public async Task<PersonPosition?> HeadOfAsync(Guid unitId, DateOnly date, CancellationToken ct)
    {
        var rows = await InForce(date, p => p.UnitId == unitId).AsNoTracking().ToListAsync(ct);
        return Head(rows);
    }

    public async Task<IReadOnlyDictionary<Guid, PersonPosition>> HeadsOfAsync(IReadOnlyCollection<Guid> unitIds, DateOnly date, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, PersonPosition>();
        }

        var rows = await InForce(date, p => ids.Contains(p.UnitId)).AsNoTracking().ToListAsync(ct);
        var heads = new Dictionary<Guid, PersonPosition>();
        foreach (var g in rows.GroupBy(p => p.UnitId))
        {
            if (Head(g.ToList()) is { } head)
            {
                heads[g.Key] = head;
            }
        }

        return heads;
    }

    /// <summary>A leader of the unit, else a deputy leader; the first by name among equals.</summary>
    private static PersonPosition? Head(List<PersonPosition> rows) =>
        rows.Where(p => p.Roles.HasFlag(OrgRole.Leader)).OrderBy(p => p.FullName, StringComparer.Ordinal).FirstOrDefault()
        ?? rows.Where(p => p.Roles.HasFlag(OrgRole.DeputyLeader)).OrderBy(p => p.FullName, StringComparer.Ordinal).FirstOrDefault();

    public async Task<IReadOnlyList<Guid>> UnitsOfAsync(Guid userId, DateOnly date, CancellationToken ct) =>
        (await InForce(date, p => p.UserId == userId).ToListAsync(ct)).Select(p => p.UnitId).Distinct().ToList();

    public async Task<IReadOnlyList<PersonPosition>> PositionsOfAsync(IReadOnlyCollection<Guid> userIds, DateOnly date, CancellationToken ct)
    {
        var rows = new List<PersonPosition>();
        foreach (var chunk in userIds.Distinct().Chunk(1000))
        {
            rows.AddRange(await InForce(date, p => chunk.Contains(p.UserId)).AsNoTracking().ToListAsync(ct));
        }

        return rows;
    }

    public async Task<IReadOnlyList<PersonPosition>> PeopleInAsync(IReadOnlyCollection<Guid> unitIds, DateOnly date, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        return await InForce(date, p => ids.Contains(p.UnitId)).AsNoTracking().ToListAsync(ct);
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid> userIds, CancellationToken ct)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        // The two columns only (not the account entity with its hashes and stamps): every page's navigation reads the caller's name.
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.FullName }).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
    }

    public async Task<Guid?> FindUserIdAsync(string userName, CancellationToken ct)
    {
        var normalized = userName.ToUpperInvariant();
        var ids = await db.Users.AsNoTracking().Where(u => u.NormalizedUserName == normalized && u.IsActive).Select(u => u.Id).OrderBy(id => id).Take(2).ToListAsync(ct);
        return ids.Count == 1 ? ids[0] : null;
    }
}
