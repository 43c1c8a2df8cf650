using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.RerouteTask;

internal static class RerouteTaskEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/reroute", async Task<Ok<RerouteTaskResponse>> (Guid id, RerouteTaskRequest request, RerouteTaskHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("RerouteTask")
        .WithSummary("Điều chuyển đơn vị chủ trì / The assigner re-routes the task to another lead unit (receipt date kept)");
}
