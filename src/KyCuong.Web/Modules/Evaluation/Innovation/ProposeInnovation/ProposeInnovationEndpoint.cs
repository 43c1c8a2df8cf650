using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.Innovation.ProposeInnovation;

internal static class ProposeInnovationEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/innovation-proposals",
            async Task<Created<InnovationProposalDto>> (ProposeInnovationRequest request, ProposeInnovationHandler handler, CancellationToken ct) =>
            {
                var created = await handler.HandleAsync(request, ct);
                return TypedResults.Created($"/api/v1/innovation-proposals/{created.Id}", created);
            })
        .WithName("ProposeInnovation")
        .WithSummary("Ghi nhận đề xuất đổi mới, sáng tạo để tập thể lãnh đạo biểu quyết (Nghị định 73/2023/NĐ-CP) / Record an innovation proposal for the leadership's vote (409 innovation.noLeadership)")
        .WithExamples("""
            {"title":"Tiếp nhận hồ sơ thi tuyển công chức hoàn toàn trực tuyến","problem":"Thí sinh phải nộp hồ sơ giấy, kéo dài thời gian tiếp nhận 10 ngày.",
             "proposal":"Nhận hồ sơ qua Cổng dịch vụ công, đối chiếu bản gốc khi trúng tuyển.","scope":"Kỳ thi tuyển công chức năm 2026 của Sở Nội vụ.",
             "expectedOutcome":"Rút thời gian tiếp nhận còn 3 ngày.","taskIds":["0193f0a4-7c1e-7d2a-9b1c-000000000020"],
             "excludedDeputyUserId":"0193f0a4-7c1e-7d2a-9b1c-000000000003"}
            """, InnovationExamples.Proposal);
}
