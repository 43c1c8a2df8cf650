using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.Dashboard;

internal static class InspectionDashboardEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/dashboard",
            async Task<Ok<InspectionDashboard>> (Guid? bodyId, int? year, InspectionDashboardHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(bodyId, year, ct)))
        .WithName("InspectionDashboard")
        .WithSummary("Tổng hợp kiểm tra công vụ của cơ quan theo năm: so với kế hoạch, tỷ lệ đột xuất, nội dung phát hiện theo chủ đề, khắc phục đúng hạn / A body's checks of a year")
        .WithExamples(null, """
            {"bodyId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d43","bodyName":"Sở Nội vụ tỉnh An Giang","year":2026,
             "plan":{"approved":true,"lines":8,"done":5,"overdue":1,"doneRate":62.5},
             "checks":{"total":7,"started":6,"concluded":4,"surprise":3,"surpriseShare":42.9},
             "findingsByTopic":[{"topic":"Chấp hành giờ giấc, kỷ luật lao động","count":6},{"topic":"Khác","count":2}],
             "remedies":{"total":5,"doneOnTime":3,"doneLate":1,"openOnTime":0,"openOverdue":1,"verified":3,"onTimeRate":60}}
            """);
}
