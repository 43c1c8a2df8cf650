using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Organisation.ListUnits;

/// <summary>The organisation directory. Every signed-in official may read it: routing work to another body needs its name (ADR 0003).</summary>
internal static class ListUnitsEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", async Task<Ok<List<UnitDto>>> (AppDbContext db, CancellationToken ct) =>
        {
            var units = await db.Units.AsNoTracking().OrderBy(u => u.Name)
                .Select(u => new UnitDto(u.Id, u.Name, u.ShortName, u.ParentId, u.Kind, u.ValidFrom, u.ValidTo, u.SuccessorId))
                .ToListAsync(ct);
            return TypedResults.Ok(units);
        })
        .WithName("ListUnits")
        .WithSummary("Danh sách đơn vị / List the units of the organisation tree");
}
