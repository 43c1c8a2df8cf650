using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.Innovation.GetInnovation;

internal static class GetInnovationEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/innovation-proposals",
                async Task<Ok<InnovationListDto>> (string? status, int? page, int? pageSize, GetInnovationHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.ListAsync(status, page, pageSize, ct)))
            .WithName("ListInnovationProposals")
            .WithSummary("Các đề xuất đổi mới, sáng tạo người gọi được xem (status=voting|lapsed|approved|rejected) / Innovation proposals in the caller's view")
            .WithExamples(null, $$"""{"items":[{{InnovationExamples.Proposal}}],"page":1,"pageSize":20,"total":1}""");
        group.MapGet("/innovation-proposals/{id:guid}",
                async Task<Ok<InnovationProposalDto>> (Guid id, GetInnovationHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("GetInnovationProposal")
            .WithSummary("Một đề xuất với biểu quyết và nhiệm vụ gắn kèm (404 ngoài phạm vi được xem) / One proposal with its votes and tasks (404 outside the caller's view)")
            .WithExamples(null, InnovationExamples.Proposal);
    }
}
