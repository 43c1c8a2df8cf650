using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.CompleteTask;

internal static class CompleteTaskEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/complete", async Task<Ok<TaskStatusResponse>> (Guid id, CompleteTaskRequest request, CompleteTaskHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("CompleteTask")
        .WithSummary("Báo cáo hoàn thành nhiệm vụ / Complete a task with its result (409 task.alreadyCompleted when done)");
}
