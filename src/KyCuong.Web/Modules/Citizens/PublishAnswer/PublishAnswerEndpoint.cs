using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.PublishAnswer;

internal static class PublishAnswerEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/publish",
            async Task<Ok<FeedbackActionResponse>> (Guid id, PublishAnswerRequest? request, PublishAnswerHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithExamples("""{"subject":"Chậm trả kết quả cấp giấy phép kinh doanh","answer":"Sở đã trả kết quả cho ông/bà ngày 12/02/2026 và nhắc nhở công chức tiếp nhận."}""",
            """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a05","status":"answered","taskId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a06","dueDate":null,"newTrackingCode":null}""")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity)
        .WithName("PublishFeedbackAnswer")
        .WithSummary("Công khai câu trả lời / Publish the answer (receiving office; 409 feedback.noAnswer; 422 feedback.answerHoldsPersonalData)")
        .WithDescription("""
            The body is optional: `subject` and `answer` are redacted versions the public sees instead of the sender's subject and the
            recorded answer (both stay unchanged inside). Before publishing, the subject and the answer (or their redacted versions) are
            checked for the sender's personal data: the sender's name (accents and case aside), phone and e-mail as recorded, and any
            Vietnamese mobile number, e-mail address (except *.gov.vn) or identity number (9 or 12 digits). On a finding nothing changes and
            the answer is `422` with `code` `feedback.answerHoldsPersonalData`, `errors` per field and `findings`, e.g.
            {"findings":[{"field":"answer","kind":"phone","excerpt":"09******21","index":42},{"field":"subject","kind":"name","excerpt":"L**** T** X****","index":0}]}
            (`kind`: name, phone, email, citizenId; `excerpt` masked; `index` where it starts in the text).
            """);
}
