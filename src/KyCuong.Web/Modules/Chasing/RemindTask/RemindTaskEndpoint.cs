using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Chasing.RemindTask;

internal static class RemindTaskEndpoint
{
    public static void Map(RouteGroupBuilder tasks) => tasks.MapPost("/{id:guid}/reminders",
            async Task<Created<RemindTaskResponse>> (Guid id, RemindTaskRequest request, RemindTaskHandler handler, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(id, request, ct);
                return TypedResults.Created($"/api/v1/users/{result.RecipientUserId}/accountability", result);
            })
        .WithName("RemindTask")
        .WithSummary("Đôn đốc nhiệm vụ (tính vào số lần bị đôn đốc của người chịu trách nhiệm) / Chase a task; counts against the answerable person");
}
