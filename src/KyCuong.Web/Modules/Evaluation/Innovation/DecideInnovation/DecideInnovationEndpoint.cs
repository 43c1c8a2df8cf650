using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.Innovation.DecideInnovation;

internal static class DecideInnovationEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/innovation-proposals/{id:guid}/decision",
            async Task<Ok<InnovationProposalDto>> (Guid id, HeadDecisionRequest request, DecideInnovationHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("DecideInnovation")
        .WithSummary("Người đứng đầu quyết định bằng văn bản khi cần thiết (kể cả khi quá hạn biểu quyết) / The head decides alone in writing when needed (409 innovation.alreadyDecided)")
        .WithExamples("""{"approve":true,"decisionNumber":"215/QĐ-SNV","date":"2026-08-14","reason":"Quá hạn biểu quyết; cần triển khai ngay cho kỳ thi tuyển."}""",
            InnovationExamples.Proposal);
}
