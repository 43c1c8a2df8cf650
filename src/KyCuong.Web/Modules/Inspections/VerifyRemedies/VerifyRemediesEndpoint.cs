using KyCuong.Web.Modules.Inspections.StartInspection;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.VerifyRemedies;

internal static class VerifyRemediesEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/verifications", async Task<Ok<InspectionStatusResponse>> (Guid id, VerifyRemediesRequest request, VerifyRemediesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("VerifyInspectionRemedies")
        .WithSummary("Kiểm tra việc khắc phục: từng yêu cầu đã hay chưa khắc phục / Follow-up: each remedy verified or not")
        .WithExamples("""{"remedies":[{"remedyId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d45","verified":true,"note":"Đã kiểm điểm, có biên bản họp."}]}""",
            """{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d42","status":"closed"}""");
}
