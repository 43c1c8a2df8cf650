using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.RefuseFeedback;

internal static class RefuseFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/refuse", async Task<Ok<FeedbackActionResponse>> (Guid id, RefuseFeedbackRequest request, RefuseFeedbackHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithExamples("""{"reason":"Nội dung là khiếu nại quyết định hành chính; đề nghị ông/bà gửi đơn khiếu nại theo Luật Khiếu nại 2011 đến Chủ tịch UBND xã.","kind":"complaint"}""",
            """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a05","status":"refused","taskId":null,"dueDate":null,"newTrackingCode":null}""")
        .WithName("RefuseFeedback")
        .WithSummary("Từ chối tiếp nhận, nêu rõ lý do / Refuse with a reason, or reclassify as a complaint or denunciation with guidance (receiving office)");
}
