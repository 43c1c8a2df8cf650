using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.Patterns;

internal static class PatternsEndpoint
{
    private const string Example = """
        {"subject":"user","id":"0193f0a4-8a2b-7c3d-9e4f-5a6b7c8d9e0f","name":"Võ Thanh Hải","period":"2026-Q3","from":"2026-07-01","to":"2026-09-30",
         "tasks":8,"minimumTasks":5,
         "peerGroup":{"unitKind":"division","unitKindLabel":"Phòng","parentId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","parentName":"Sở Nội vụ tỉnh An Giang","peers":6,"statistic":"median"},
         "patterns":[{"code":"serialExtensions","label":"Xin gia hạn nhiều lần trên một nhiệm vụ","count":2,"ratePer100":25,"peerMedian":0,"threshold":10,"aboveThreshold":true,
           "cases":[{"kind":"task","id":"0193f0a4-9b3c-7d4e-8f5a-6b7c8d9e0f1a","title":"Báo cáo rà soát vị trí việc làm quý III","date":"2026-08-20","note":"Lần xin gia hạn thứ 2 (đến 04/09/2026)."}]}],
         "transferFlags":[]}
        """;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/users/{id:guid}/patterns",
                async Task<Ok<PatternsDto>> (Guid id, string? period, PatternsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.PersonAsync(id, period, ct)))
            .WithName("GetPersonPatterns")
            .WithSummary("Dấu hiệu né tránh, đùn đẩy của một người trong kỳ: tỷ lệ trên 100 nhiệm vụ so với trung vị đơn vị cùng loại / A person's shirking patterns as rates per 100 tasks beside the peers' median (404 outside the caller's view)")
            .WithExamples(null, Example);
        group.MapGet("/units/{id:guid}/patterns",
                async Task<Ok<PatternsDto>> (Guid id, string? period, PatternsHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.UnitAsync(id, period, ct)))
            .WithName("GetUnitPatterns")
            .WithSummary("Dấu hiệu né tránh, đùn đẩy của một đơn vị trong kỳ, so với các đơn vị cùng loại / A unit's shirking patterns beside the median of units of the same kind")
            .WithExamples(null, Example.Replace("\"subject\":\"user\"", "\"subject\":\"unit\"", StringComparison.Ordinal));
    }
}
