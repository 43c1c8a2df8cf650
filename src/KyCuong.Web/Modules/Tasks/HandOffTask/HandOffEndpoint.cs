using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.HandOffTask;

internal static class HandOffEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/handoffs", async Task<Ok<TaskActionResponse>> (Guid id, HandOffRequest request, HandOffHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("HandOffTask")
        .WithSummary("Chuyển xử lý trong đơn vị chủ trì / Hand the task to a person in the lead unit, with the step's deadline");
}
