using KyCuong.Web.Platform.Web;
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
        .WithSummary("Giao nhiệm vụ / Assign a task (AssignWork on the assigning unit, which is the lead unit or an ancestor of it)")
        // Civil Code 2015 art. 148(5): 21/02/2026 is a Tết day off, so the deadline is the next working day and the date asked is kept.
        .WithExamples(
            """{"title":"Rà soát thủ tục hành chính nội bộ","leadUnitId":"01a24419-5c98-7e19-b5d8-35d54d7e1a4a","coordinatingUnitIds":["01a24419-6b2c-7d11-9a51-6c2f0d1e2b3c"],"dueDate":"2026-02-21"}""",
            """{"id":"01a24441-400b-72e4-8e28-129d167f9ffb","dueDate":"2026-02-23","status":"inProgressOnTime","leadUnitId":"01a24419-5c98-7e19-b5d8-35d54d7e1a4a","leadUserId":null,"assignerUnitId":"01a24418-1f2e-7c3d-8b4a-5e6f7a8b9c0d","receivedOn":"2026-02-03","requestedDueDate":"2026-02-21"}""");
}
