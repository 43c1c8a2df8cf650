using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.RouteFeedback;

internal static class RouteFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/route", async Task<Ok<FeedbackActionResponse>> (Guid id, RouteFeedbackRequest request, RouteFeedbackHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithExamples("""{"unitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a04","kind":"reflection","workingDays":20}""",
            """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a05","status":"inProgress","taskId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a06","dueDate":"2026-03-05","newTrackingCode":null}""")
        .WithName("RouteFeedback")
        .WithSummary("Giao đơn vị có thẩm quyền xử lý (thành nhiệm vụ) / Route to the competent unit as a task (receiving office; 409 feedback.notReceived)");
}
