using KyCuong.Web.Modules.Organisation.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation;

/// <summary>Moves a subtree under a new parent, rewriting the closure rows that cross the boundary.</summary>
internal static class UnitTreeMover
{
    public static async Task MoveAsync(AppDbContext db, Guid unitId, Guid newParentId, CancellationToken ct)
    {
        var subtree = await db.UnitClosures.Where(c => c.AncestorId == unitId).ToListAsync(ct);
        var subtreeIds = subtree.Select(s => s.DescendantId).ToHashSet();
        if (subtreeIds.Contains(newParentId))
        {
            throw new DomainException("org.cycle", "Không thể chuyển đơn vị vào chính đơn vị trực thuộc của nó.");
        }

        var outside = await db.UnitClosures.Where(c => subtreeIds.Contains(c.DescendantId) && !subtreeIds.Contains(c.AncestorId)).ToListAsync(ct);
        db.UnitClosures.RemoveRange(outside);
        var newAncestors = await db.UnitClosures.AsNoTracking().Where(c => c.DescendantId == newParentId).ToListAsync(ct);
        foreach (var a in newAncestors)
        {
            foreach (var d in subtree)
            {
                db.UnitClosures.Add(new UnitClosure { AncestorId = a.AncestorId, DescendantId = d.DescendantId, Depth = a.Depth + d.Depth + 1 });
            }
        }

        var unit = await db.Units.FirstAsync(u => u.Id == unitId, ct);
        db.Entry(unit).Property(u => u.ParentId).CurrentValue = newParentId;
        await db.SaveChangesAsync(ct);
    }
}
