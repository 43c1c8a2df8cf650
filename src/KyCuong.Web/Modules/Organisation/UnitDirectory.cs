using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

internal sealed class UnitDirectory(AppDbContext db) : IUnitDirectory
{
    public async Task<UnitDto?> FindAsync(Guid unitId, CancellationToken ct)
    {
        var u = await db.Units.AsNoTracking().FirstOrDefaultAsync(x => x.Id == unitId, ct);
        return u is null ? null : ToDto(u);
    }

    public async Task<UnitDto?> ResolveInForceAsync(Guid unitId, DateOnly date, CancellationToken ct)
    {
        var seen = new HashSet<Guid>();
        var current = await db.Units.AsNoTracking().FirstOrDefaultAsync(x => x.Id == unitId, ct);
        while (current is not null && !current.IsInForceOn(date) && current.SuccessorId is { } next && seen.Add(current.Id))
        {
            current = await db.Units.AsNoTracking().FirstOrDefaultAsync(x => x.Id == next, ct);
        }

        return current is null ? null : ToDto(current);
    }

    public async Task<IReadOnlyDictionary<Guid, UnitDto>> FindManyAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct)
    {
        var ids = unitIds.Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<Guid, UnitDto>()
            : await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id))
                .Select(u => new UnitDto(u.Id, u.Name, u.ShortName, u.ParentId, u.Kind, u.ValidFrom, u.ValidTo, u.SuccessorId))
                .ToDictionaryAsync(u => u.Id, ct);
    }

    public async Task<IReadOnlyList<UnitDto>> ChildrenAsync(IReadOnlyCollection<Guid> parentIds, CancellationToken ct)
    {
        if (parentIds.Count == 0)
        {
            return [];
        }

        var ids = parentIds.Distinct().ToList();
        return await db.Units.AsNoTracking().Where(u => u.ParentId != null && ids.Contains(u.ParentId.Value))
            .Select(u => new UnitDto(u.Id, u.Name, u.ShortName, u.ParentId, u.Kind, u.ValidFrom, u.ValidTo, u.SuccessorId)).ToListAsync(ct);
    }

    public async Task<IReadOnlyList<UnitDto>> ListAsync(CancellationToken ct) =>
        await db.Units.AsNoTracking().Select(u => new UnitDto(u.Id, u.Name, u.ShortName, u.ParentId, u.Kind, u.ValidFrom, u.ValidTo, u.SuccessorId)).ToListAsync(ct);

    public IQueryable<Guid> Subtree(Guid unitId) => db.UnitClosures.Where(c => c.AncestorId == unitId).Select(c => c.DescendantId);

    public IQueryable<SubtreeMember> SubtreeMembers(IReadOnlyCollection<Guid> unitIds)
    {
        var ids = unitIds.Distinct().ToList();
        return db.UnitClosures.Where(c => ids.Contains(c.AncestorId)).Select(c => new SubtreeMember { RootId = c.AncestorId, UnitId = c.DescendantId });
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<Guid>>> SubtreesAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken ct)
    {
        if (unitIds.Count == 0)
        {
            return new Dictionary<Guid, IReadOnlyList<Guid>>();
        }

        var rows = await SubtreeMembers(unitIds).AsNoTracking().ToListAsync(ct);
        return rows.GroupBy(r => r.RootId).ToDictionary(g => g.Key, g => (IReadOnlyList<Guid>)[.. g.Select(r => r.UnitId)]);
    }

    internal static UnitDto ToDto(Unit u) => new(u.Id, u.Name, u.ShortName, u.ParentId, u.Kind, u.ValidFrom, u.ValidTo, u.SuccessorId);
}
