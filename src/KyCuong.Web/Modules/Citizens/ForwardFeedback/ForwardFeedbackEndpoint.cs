using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.ForwardFeedback;

internal static class ForwardFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/forward", async Task<Ok<FeedbackActionResponse>> (Guid id, ForwardFeedbackRequest request, ForwardFeedbackHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithExamples("""{"toUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a07"}""",
            """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a05","status":"forwarded","taskId":null,"dueDate":null,"newTrackingCode":"K7M2QX9RTB4H"}""")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
        .WithName("ForwardFeedback")
        .WithSummary("Chuyển cơ quan có thẩm quyền, thông báo người gửi / Forward to the competent body with a notice to the sender (receiving office; 409 feedback.notReceived; 422 feedback.answerHoldsPersonalData)")
        .WithDescription("""
            `toUnitId` is a body in the organisation outside the receiving body (the item is received there under a new tracking code);
            `toBody` names a body outside the organisation. The notice to the sender (`notice`, or one written from the body's name when
            omitted) and the body's name are shown to anyone who looks the tracking code up, so they are checked for personal data like a
            published answer. On a finding nothing changes (no new item either) and the answer is `422` with `code`
            `feedback.answerHoldsPersonalData`, `errors` per field and `findings`, e.g.
            {"findings":[{"field":"notice","kind":"phone","excerpt":"09** *** *56","index":31}]}
            (`field`: notice or toBody; `kind`: name, phone, email, citizenId; `excerpt` masked).
            """);
}
