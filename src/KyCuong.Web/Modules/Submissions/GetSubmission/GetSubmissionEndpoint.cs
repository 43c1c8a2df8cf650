using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Submissions.GetSubmission;

internal static class GetSubmissionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}", async Task<Ok<SubmissionDto>> (Guid id, GetSubmissionHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("GetSubmission")
        .WithSummary("Chi tiết tờ trình / A submission with consultation results, returns and the clock (404 outside the caller's scope)");
}
