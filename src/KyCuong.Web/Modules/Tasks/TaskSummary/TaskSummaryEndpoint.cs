using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.TaskSummary;

internal static class TaskSummaryEndpoint
{
    public static void Map(RouteGroupBuilder units) => units.MapGet("/{id:guid}/task-summary",
            async Task<Ok<TaskSummaryResponse>> (Guid id, bool? includeDescendants, DateOnly? from, DateOnly? to, TaskSummaryHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, includeDescendants ?? false, from, to, ct)))
        .WithName("GetUnitTaskSummary")
        .ReadsFromReplica()
        .WithSummary("Tổng hợp nhiệm vụ theo bốn trạng thái và hai tỷ lệ quá hạn / Task counts by status and both overdue rates for a unit (and its subtree)");
}
