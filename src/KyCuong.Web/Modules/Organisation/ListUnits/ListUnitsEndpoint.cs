using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Organisation.ListUnits;

/// <summary>The organisation directory. Every signed-in official may read it: routing work to another body needs its name (ADR 0003).</summary>
internal static class ListUnitsEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", async Task<Ok<List<UnitDto>>> (ListUnitsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(ct)))
        .WithName("ListUnits")
        .WithSummary("Danh sách đơn vị / List the units of the organisation tree");
}
