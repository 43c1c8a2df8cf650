using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.ReportProgress;

internal static class ReportProgressEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/progress", async Task<Ok<TaskActionResponse>> (Guid id, ReportProgressRequest request, ReportProgressHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("ReportTaskProgress")
        .WithSummary("Báo cáo tiến độ / Report progress (lead or coordinating unit)");
}
