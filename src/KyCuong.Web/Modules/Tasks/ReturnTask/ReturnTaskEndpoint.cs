using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.ReturnTask;

internal static class ReturnTaskEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/return", async Task<Ok<ReturnTaskResponse>> (Guid id, ReturnTaskRequest request, ReturnTaskHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("ReturnTask")
        .WithSummary("Trả lại nhiệm vụ ngoài thẩm quyền / Return a task outside the lead unit's competence, with the reason and a suggested unit");
}
