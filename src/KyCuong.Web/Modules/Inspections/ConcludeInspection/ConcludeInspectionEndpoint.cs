using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.ConcludeInspection;

internal static class ConcludeInspectionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/conclusion", async Task<Ok<ConcludeResponse>> (Guid id, ConcludeRequest request, ConcludeInspectionHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("ConcludeInspection")
        .WithSummary("Kết luận kiểm tra; mỗi yêu cầu khắc phục thành một nhiệm vụ có thời hạn / Conclude; each remedy becomes a task with its deadline")
        .WithExamples("""{"text":"Chấn chỉnh kỷ luật lao động tại Sở.","remedies":[{"unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","text":"Kiểm điểm các công chức vắng mặt","workingDays":15}]}""",
            """{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d42","status":"concluded","remedies":[{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d45","unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","taskId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d46","dueDate":"2026-04-13"}]}""");
}
