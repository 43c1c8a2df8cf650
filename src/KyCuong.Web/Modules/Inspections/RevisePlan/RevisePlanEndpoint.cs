using KyCuong.Web.Modules.Inspections.CreatePlan;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.RevisePlan;

internal static class RevisePlanEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPut("/{id:guid}", async Task<Ok<CreatePlanResponse>> (Guid id, RevisePlanRequest request, RevisePlanHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("ReviseInspectionPlan")
        .WithSummary("Sửa dự thảo kế hoạch (kế hoạch đã phê duyệt: 409 inspectionPlan.approved) / Revise a draft plan; an approved plan is read-only")
        .WithExamples("""
            {"title":"Kế hoạch kiểm tra công vụ năm 2027","lines":[{"unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","month":4,"topics":["consultations"],"surprise":false}]}
            """, """{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d50"}""");
}
