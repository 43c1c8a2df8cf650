using KyCuong.Web.Modules.Organisation.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Organisation.RecordSuccession;

internal static class RecordSuccessionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/succession", async Task<Ok<UnitDto>> (Guid id, RecordSuccessionRequest request, RecordSuccessionHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("RecordSuccession")
        .WithSummary("Ghi nhận sáp nhập, chia tách, đổi tên / Record a merge, split, rename or dissolution");
}
