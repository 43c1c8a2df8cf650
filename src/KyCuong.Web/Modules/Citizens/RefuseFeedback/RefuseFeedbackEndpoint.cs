using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.RefuseFeedback;

internal static class RefuseFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/refuse", async Task<Ok<FeedbackActionResponse>> (Guid id, RefuseFeedbackRequest request, RefuseFeedbackHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithExamples("""{"reason":"Nội dung là khiếu nại quyết định hành chính; đề nghị ông/bà gửi đơn khiếu nại theo Luật Khiếu nại 2011 đến Chủ tịch UBND xã.","kind":"complaint"}""",
            """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a05","status":"refused","taskId":null,"dueDate":null,"newTrackingCode":null}""")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
        .WithName("RefuseFeedback")
        .WithSummary("Từ chối tiếp nhận, nêu rõ lý do / Refuse with a reason, or reclassify as a complaint or denunciation with guidance (receiving office; 409 feedback.notReceived; 422 feedback.answerHoldsPersonalData)")
        .WithDescription("""
            The `reason` is shown to anyone who looks the tracking code up, so it is published text: it is checked for personal data like a
            published answer (the sender's name, phone and e-mail as recorded; any Vietnamese mobile number, e-mail address except *.gov.vn,
            or identity number). On a finding nothing changes and the answer is `422` with `code` `feedback.answerHoldsPersonalData`,
            `errors` per field and `findings`, e.g.
            {"findings":[{"field":"reason","kind":"name","excerpt":"ông Q****","index":9}]}
            (`kind`: name, phone, email, citizenId; `excerpt` masked; `index` where it starts in the reason).
            """);
}
