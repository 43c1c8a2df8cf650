using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.ListUnits;

/// <summary>The organisation directory, ended units included (the API's list and the tree page).</summary>
internal sealed class ListUnitsHandler(AppDbContext db)
{
    public async Task<List<UnitDto>> HandleAsync(CancellationToken ct) =>
        await db.Units.AsNoTracking().OrderBy(u => u.Name)
            .Select(u => new UnitDto(u.Id, u.Name, u.ShortName, u.ParentId, u.Kind, u.ValidFrom, u.ValidTo, u.SuccessorId))
            .ToListAsync(ct);
}
