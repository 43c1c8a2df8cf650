using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.ForwardFeedback;

internal static class ForwardFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/forward", async Task<Ok<FeedbackActionResponse>> (Guid id, ForwardFeedbackRequest request, ForwardFeedbackHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithExamples("""{"toUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a07"}""",
            """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a05","status":"forwarded","taskId":null,"dueDate":null,"newTrackingCode":"K7M2QX9RTB4H"}""")
        .WithName("ForwardFeedback")
        .WithSummary("Chuyển cơ quan có thẩm quyền, thông báo người gửi / Forward to the competent body with a notice to the sender (receiving office)");
}
