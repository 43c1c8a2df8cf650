using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.Innovation.VoteOnInnovation;

internal static class VoteOnInnovationEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/innovation-proposals/{id:guid}/votes",
            async Task<Ok<InnovationProposalDto>> (Guid id, VoteRequest request, VoteOnInnovationHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("VoteOnInnovation")
        .WithSummary("Thành viên tập thể lãnh đạo biểu quyết đề xuất (quá nửa số thành viên đồng ý thì thông qua) / A leadership member votes; more than half in favour approves (409 innovation.alreadyVoted, innovation.votingClosed, innovation.alreadyDecided)")
        .WithExamples("""{"approve":true,"comment":"Đồng ý, giao Phòng Công chức triển khai."}""", InnovationExamples.Proposal);
}
