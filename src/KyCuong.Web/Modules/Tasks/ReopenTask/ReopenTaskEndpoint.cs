using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.ReopenTask;

internal static class ReopenTaskEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/reopen", async Task<Ok<TaskActionResponse>> (Guid id, ReopenTaskRequest request, ReopenTaskHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("ReopenTask")
        .WithSummary("Mở lại nhiệm vụ đã hoàn thành / The assigner reopens a completed task");
}
