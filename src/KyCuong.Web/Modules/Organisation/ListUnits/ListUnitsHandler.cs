using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Web;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.ListUnits;

/// <summary>The organisation directory, ended units included (the API's list and the tree page).</summary>
internal sealed class ListUnitsHandler(AppDbContext db)
{
    /// <summary>The whole directory, for the tree page (which draws every unit under its parent).</summary>
    public async Task<List<UnitDto>> HandleAsync(CancellationToken ct) => await Ordered().ToListAsync(ct);

    /// <summary>
    /// One page of the directory for the API: the public contract fixes a bare array, so it stays one and is bounded like the other
    /// bare-array lists (docs/api.md "Paging everywhere"): a province has thousands of units.
    /// </summary>
    public Task<Paged<UnitDto>> PageAsync(int? page, int? pageSize, CancellationToken ct) =>
        Ordered().ToPageAsync(Paging.Validate(page, pageSize, Paging.MaxArrayPageSize, Paging.MaxArrayPageSize), ct);

    // Name, then id: a stable order, so consecutive pages neither repeat nor skip a unit with a shared name.
    private IQueryable<UnitDto> Ordered() =>
        db.Units.AsNoTracking().OrderBy(u => u.Name).ThenBy(u => u.Id)
            .Select(u => new UnitDto(u.Id, u.Name, u.ShortName, u.ParentId, u.Kind, u.ValidFrom, u.ValidTo, u.SuccessorId));
}
