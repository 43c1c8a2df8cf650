using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.GetPlan;

internal static class GetPlanEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}", async Task<Ok<PlanDetails>> (Guid id, GetPlanHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("GetInspectionPlan")
        .WithSummary("Kế hoạch kiểm tra (dòng kiểm tra đột xuất ẩn với đơn vị được kiểm tra) / A plan; surprise lines are hidden from the checked units")
        .WithExamples(null, """
            {"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d50","body":{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d43","name":"Ủy ban nhân dân tỉnh An Giang"},"year":2027,
             "title":"Kế hoạch kiểm tra công vụ năm 2027","status":"approved","statusLabel":"Đã phê duyệt","createdAt":"2026-12-01T02:00:00Z",
             "approvedAt":"2026-12-05T03:00:00Z","approvedBy":"Nguyễn Văn An",
             "lines":[{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d51","unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","unitName":"Sở Tư pháp tỉnh An Giang","month":3,
             "topics":[{"code":"workingHours","label":"Chấp hành giờ giấc, kỷ luật, kỷ cương hành chính"}],"directive":null,"surprise":false,
             "inspectionId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d42"}],
             "actions":{"canRevise":false,"canApprove":false,"canDecideChecks":true}}
            """);
}
