using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.GetTask;

internal static class GetTaskEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}", async Task<Ok<TaskDetails>> (Guid id, GetTaskHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("GetTask")
        .WithSummary("Chi tiết nhiệm vụ và lịch sử xử lý / A task with its timeline (404 when outside the caller's scope)");
}
