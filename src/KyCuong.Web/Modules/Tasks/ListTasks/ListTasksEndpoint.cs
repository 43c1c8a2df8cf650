using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.ListTasks;

internal static class ListTasksEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/",
            async Task<Ok<TaskPage>> (bool? mine, string? status, Guid? unitId, DateOnly? dueFrom, DateOnly? dueTo, string? q, int? page, int? pageSize,
                Guid? parentTaskId, ListTasksHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new TaskListQuery(mine ?? true, status, unitId, dueFrom, dueTo, q, page ?? 1, Math.Min(pageSize ?? 20, 200), parentTaskId), ct)))
        .WithName("ListTasks")
        .WithSummary("Việc của tôi / My work, or every visible task (mine=false), filtered by status, unit and due date, paged");
}
