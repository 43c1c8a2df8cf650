using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.ListPlans;

internal static class ListPlansEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", async Task<Ok<PlanPage>> (int? year, int? page, int? pageSize, ListPlansHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(year, page, pageSize, ct)))
        .WithName("ListInspectionPlans")
        .WithSummary("Kế hoạch kiểm tra tôi được xem / Checking plans the caller may see, paged")
        .WithExamples(null, """
            {"items":[{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d50","bodyUnitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d43","bodyUnitName":"Ủy ban nhân dân tỉnh An Giang",
             "year":2027,"title":"Kế hoạch kiểm tra công vụ năm 2027","status":"draft","statusLabel":"Dự thảo, chờ lãnh đạo phê duyệt","lines":2,"surpriseLines":1}],
             "page":1,"pageSize":20,"total":1}
            """);
}
