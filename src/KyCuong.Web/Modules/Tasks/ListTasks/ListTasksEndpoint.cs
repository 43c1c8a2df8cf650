using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.ListTasks;

internal static class ListTasksEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/",
            async Task<Ok<TaskPage>> (bool? mine, string? status, Guid? unitId, DateOnly? dueFrom, DateOnly? dueTo, string? q, int? page, int? pageSize,
                Guid? parentTaskId, string? view, ListTasksHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(new TaskListQuery(mine ?? true, status, unitId, dueFrom, dueTo, q, page ?? 1, Math.Min(pageSize ?? 20, 200), parentTaskId, view), ct)))
        .WithName("ListTasks")
        .WithSummary("Việc của tôi / My work, every visible task (mine=false), or the tasks I handed on or follow (view=followed), filtered by status, unit and due date, paged");
}
