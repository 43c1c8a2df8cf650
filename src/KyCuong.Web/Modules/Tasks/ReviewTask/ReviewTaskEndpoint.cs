using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.ReviewTask;

internal static class ReviewTaskEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/review", async Task<Ok<ReviewTaskResponse>> (Guid id, ReviewTaskRequest request, ReviewTaskHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("ReviewTask")
        .WithSummary("Đánh giá kết quả hoàn thành / The assigning side reviews a completion (reopen:true sends it back; 409 task.notCompleted, task.alreadyReviewed)");
}
