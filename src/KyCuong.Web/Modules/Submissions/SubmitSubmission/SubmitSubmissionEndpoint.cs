using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Submissions.SubmitSubmission;

internal static class SubmitSubmissionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/submit", async Task<Ok<SubmissionStepResponse>> (Guid id, SubmitSubmissionHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("SubmitSubmission")
        .WithSummary("Gửi tờ trình (hoặc trình lại sau khi hoàn thiện) / Send the submission to the superior's office, or send it again after a return");
}
