using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Organisation.GetUnit;

internal static class GetUnitEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}", async Task<Ok<UnitDetails>> (Guid id, GetUnitHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("GetUnit")
        .WithSummary("Chi tiết đơn vị, lịch sử kế thừa / A unit with its ancestors, children and succession history");
}
