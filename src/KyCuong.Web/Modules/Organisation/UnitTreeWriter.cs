using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

/// <summary>Adds a unit with its closure rows in the caller's unit of work (self at depth 0, each ancestor of the parent one deeper).</summary>
internal static class UnitTreeWriter
{
    public static async Task AddAsync(AppDbContext db, Unit unit, CancellationToken ct)
    {
        db.Units.Add(unit);
        db.UnitClosures.Add(new UnitClosure { AncestorId = unit.Id, DescendantId = unit.Id, Depth = 0 });
        if (unit.ParentId is { } parentId)
        {
            var ancestors = await db.UnitClosures.AsNoTracking().Where(c => c.DescendantId == parentId).ToListAsync(ct);
            var pending = db.ChangeTracker.Entries<UnitClosure>()
                .Where(e => e.State == EntityState.Added && e.Entity.DescendantId == parentId)
                .Select(e => e.Entity);
            foreach (var a in ancestors.Concat(pending).DistinctBy(a => a.AncestorId).ToList())
            {
                db.UnitClosures.Add(new UnitClosure { AncestorId = a.AncestorId, DescendantId = unit.Id, Depth = a.Depth + 1 });
            }
        }
    }
}
