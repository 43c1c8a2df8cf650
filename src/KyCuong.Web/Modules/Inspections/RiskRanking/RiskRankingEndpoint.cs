using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.RiskRanking;

internal static class RiskRankingEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        // The public contract fixes a bare array: it stays one, bounded like the other bare-array lists (docs/api.md "Paging everywhere");
        // the whole ranking is scored first, since the order depends on every unit's score.
        group.MapGet("/risk-ranking", async Task<Ok<IReadOnlyList<RiskRankingItem>>> (Guid? unitId, int? page, int? pageSize, RiskRankingHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var request = Paging.Validate(page, pageSize, Paging.MaxArrayPageSize, Paging.MaxArrayPageSize);
                return TypedResults.Ok(Paging.Slice(await handler.HandleAsync(unitId, ct), request).AsArray(http));
            })
            .WithName("InspectionRiskRanking")
            .WithSummary("Xếp hạng rủi ro các đơn vị trực thuộc, giải thích bằng dữ liệu đầu vào × trọng số / Risk ranking of the units under a unit, highest first, paged (total in X-Total-Count)")
            .WithArrayPaging()
            .WithExamples(null, """
                [{"unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","unitName":"Sở Công Thương tỉnh An Giang","score":45,
                  "inputs":{"overdueRate":{"value":25,"weight":1,"points":25},"deemedAgreements":{"value":0,"weight":5,"points":0},"unremediedFindings":{"value":1,"weight":20,"points":20}}}]
                """);
        group.MapPost("/risk-ranking/sample", async Task<Ok<SampleResponse>> (SampleRequest request, RiskRankingHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.SampleAsync(request, ct)))
            .WithName("InspectionRiskSample")
            .WithSummary("Chọn ngẫu nhiên có trọng số theo rủi ro (hạt giống trong yêu cầu) / Weighted random sample by risk, seeded")
            .WithExamples("""{"unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d43","size":2,"seed":20260310}""", """
                {"unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d43","seed":20260310,"units":[{"unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","unitName":"Sở Công Thương tỉnh An Giang","score":45,
                  "inputs":{"overdueRate":{"value":25,"weight":1,"points":25},"deemedAgreements":{"value":0,"weight":5,"points":0},"unremediedFindings":{"value":1,"weight":20,"points":20}}}]}
                """);
    }
}
