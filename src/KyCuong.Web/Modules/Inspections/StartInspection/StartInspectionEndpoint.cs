using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.StartInspection;

internal static class StartInspectionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/start", async Task<Ok<InspectionStatusResponse>> (Guid id, StartInspectionHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("StartInspection")
        .WithSummary("Đoàn kiểm tra đến làm việc (từ lúc này đơn vị được kiểm tra mới biết cuộc kiểm tra đột xuất) / The team arrives")
        .WithExamples(null, """{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d42","status":"started"}""");
}
