using KyCuong.Web.Modules.Submissions.SubmitSubmission;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Submissions.ReviewSubmission;

internal static class ReviewSubmissionEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/{id:guid}/return", async Task<Ok<SubmissionStepResponse>> (Guid id, ReturnSubmissionRequest request, ReviewSubmissionHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ReturnAsync(id, request, ct)))
            .WithName("ReturnSubmission")
            .WithSummary("Văn phòng trả lại tờ trình / The office returns a submission (procedure, quality, competence citing the catalogue); the clock stops");
        group.MapPost("/{id:guid}/accept", async Task<Ok<SubmissionStepResponse>> (Guid id, ReviewSubmissionHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.AcceptAsync(id, ct)))
            .WithName("AcceptSubmission")
            .WithSummary("Văn phòng tiếp nhận tờ trình / The office accepts the submission");
    }
}
