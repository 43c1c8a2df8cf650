using KyCuong.Web.Modules.Inspections.PersonFindings;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.ReviewFinding;

internal static class ReviewFindingEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/findings/{findingId:guid}/discipline-review",
            async Task<Ok<PersonFindingView>> (Guid id, Guid findingId, ReviewFindingRequest request, ReviewFindingHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, findingId, request, ct)))
        .WithName("ReviewInspectionFinding")
        .WithSummary("Cấp quản lý có thẩm quyền ghi quyết định xem xét trách nhiệm đối với cá nhân được nêu trong biên bản / The competent leader records the discipline-review decision")
        .WithExamples("""{"decision":"reprimand","decisionNumber":"125/QĐ-SNV","date":"2026-09-15","reason":"Vắng mặt không lý do trong giờ làm việc, đã được nhắc nhở trước đó."}""",
            PersonFindingsEndpoints.FindingExample);
}
