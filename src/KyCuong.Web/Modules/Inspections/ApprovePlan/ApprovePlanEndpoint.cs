using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.ApprovePlan;

internal static class ApprovePlanEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/approval", async Task<Ok<PlanStatusResponse>> (Guid id, ApprovePlanHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("ApproveInspectionPlan")
        .WithSummary("Lãnh đạo cơ quan phê duyệt kế hoạch kiểm tra / A leader of the body approves the plan")
        .WithExamples(null, """{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d50","status":"approved"}""");
}
