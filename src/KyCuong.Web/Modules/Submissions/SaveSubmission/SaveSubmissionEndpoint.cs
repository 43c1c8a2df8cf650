using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Submissions.SaveSubmission;

internal static class SaveSubmissionEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/", async Task<Created<SaveSubmissionResponse>> (SaveSubmissionRequest request, SaveSubmissionHandler handler, CancellationToken ct) =>
            {
                var created = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/submissions/{created.Id}", created);
            })
            .WithName("CreateSubmission")
            .WithSummary("Soạn tờ trình / Draft a submission to a unit above (HandleWork on the submitting unit)");
        group.MapPut("/{id:guid}", async Task<Ok<SaveSubmissionResponse>> (Guid id, SaveSubmissionRequest request, SaveSubmissionHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.UpdateAsync(id, request, ct)))
            .WithName("UpdateSubmission")
            .WithSummary("Sửa tờ trình / Edit a draft or a returned submission before sending it (again)");
    }
}
