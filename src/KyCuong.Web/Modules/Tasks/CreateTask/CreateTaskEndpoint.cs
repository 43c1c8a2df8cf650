using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.CreateTask;

internal static class CreateTaskEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/", async Task<Created<CreateTaskResponse>> (CreateTaskRequest request, CreateTaskHandler handler, CancellationToken ct) =>
        {
            var created = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/tasks/{created.Id}", created);
        })
        .WithName("CreateTask")
        .WithSummary("Giao nhiệm vụ / Assign a task (AssignWork on the assigning unit, which is the lead unit or an ancestor of it)");
}
