using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Organisation.CreateUnit;

internal static class CreateUnitEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/", async Task<Created<UnitDto>> (CreateUnitRequest request, CreateUnitHandler handler, CancellationToken ct) =>
        {
            var unit = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/units/{unit.Id}", unit);
        })
        .WithName("CreateUnit")
        .WithSummary("Tạo đơn vị / Create a unit (administrator of the parent's subtree)");
}
