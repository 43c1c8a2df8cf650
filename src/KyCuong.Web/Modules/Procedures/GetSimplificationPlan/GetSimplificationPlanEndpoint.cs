using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Procedures.GetSimplificationPlan;

internal static class GetSimplificationPlanEndpoint
{
    public const string Details =
        """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1c01","bodyUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a07","bodyUnitName":"Sở Tư pháp tỉnh An Giang","year":2026,"title":"Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ năm 2026","canEdit":true,"items":[{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1c02","procedureId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1b01","procedureCode":"1.001234","procedureName":"Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam","internal":false,"action":"simplify","actionLabel":"Đơn giản hóa","baselineCost":4200000000,"targetCost":3000000000,"status":"done","statusLabel":"Đã thực hiện","doneOn":"2026-06-30"}],"progress":"""
        + GetSimplificationPlanProgress + "}";

    private const string GetSimplificationPlanProgress = SimplificationProgress.SimplificationProgressEndpoint.Example;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/simplification-plans/{id:guid}",
                async Task<Ok<SimplificationPlanDetails>> (Guid id, GetSimplificationPlanHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(id, ct)))
            .WithExamples(null, Details)
            .WithName("GetSimplificationPlan")
            .WithSummary("Kế hoạch đơn giản hóa thủ tục hành chính / A simplification plan with its items and the body's progress (404 outside the body's staff)");
        group.MapGet("/simplification-plans",
                async Task<Ok<SimplificationPlanPage>> (Guid? bodyUnitId, int? year, int? page, int? pageSize, GetSimplificationPlanHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.ListAsync(bodyUnitId, year, page, pageSize, ct)))
            .WithExamples(null,
                """{"items":[{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1c01","bodyUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a07","bodyUnitName":"Sở Tư pháp tỉnh An Giang","year":2026,"title":"Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ năm 2026","items":5,"done":2}],"total":1,"page":1,"pageSize":50}""")
            .WithName("ListSimplificationPlans")
            .WithSummary("Các kế hoạch đơn giản hóa của những cơ quan người dùng được xem / Simplification plans of the bodies the caller reads (?bodyUnitId&year&page&pageSize ≤ 200), latest year first");
    }
}
