using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Inspections.ListInspections;

internal static class ListInspectionsEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", async Task<Ok<InspectionPage>> (string? status, int? page, int? pageSize, ListInspectionsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(status, page, pageSize, ct)))
        .WithName("ListInspections")
        .WithSummary("Danh sách cuộc kiểm tra tôi được xem / Checks the caller may see, paged")
        .WithExamples(null, """
            {"items":[{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d42","title":"Kiểm tra công vụ tại Sở Tư pháp","status":"planned","statusLabel":"Đã quyết định, chưa tiến hành",
             "surprise":false,"plannedStart":"2026-03-10","orderingUnitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d43","orderingUnitName":"Ủy ban nhân dân tỉnh An Giang",
             "checkedUnitIds":["0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40"],"findings":0,"remedies":0}],"page":1,"pageSize":20,"total":1}
            """);
}
