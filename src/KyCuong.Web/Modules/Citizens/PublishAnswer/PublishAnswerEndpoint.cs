using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.PublishAnswer;

internal static class PublishAnswerEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/publish", async Task<Ok<FeedbackActionResponse>> (Guid id, PublishAnswerHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithExamples(null, """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a05","status":"answered","taskId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a06","dueDate":null,"newTrackingCode":null}""")
        .WithName("PublishFeedbackAnswer")
        .WithSummary("Công khai câu trả lời / Publish the answer (receiving office; 409 feedback.noAnswer)");
}
