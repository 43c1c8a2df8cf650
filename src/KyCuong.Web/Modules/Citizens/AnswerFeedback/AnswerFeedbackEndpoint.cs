using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.AnswerFeedback;

internal static class AnswerFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/answer", async Task<Ok<FeedbackActionResponse>> (Guid id, AnswerFeedbackRequest request, AnswerFeedbackHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithExamples("""{"answer":"Sở đã trả kết quả ngày 12/02/2026 và nhắc nhở công chức tiếp nhận."}""",
            """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a05","status":"inProgress","taskId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a06","dueDate":"2026-02-19","newTrackingCode":null}""")
        .WithName("AnswerFeedback")
        .WithSummary("Ghi câu trả lời (chưa công khai) / Record the answer (the handling unit or the receiving office; dueDate = publish by)");
}
