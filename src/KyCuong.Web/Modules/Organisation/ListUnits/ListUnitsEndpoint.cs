using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Organisation.ListUnits;

/// <summary>The organisation directory. Every signed-in official may read it: routing work to another body needs its name (ADR 0003).</summary>
internal static class ListUnitsEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", async Task<Ok<IReadOnlyList<UnitDto>>> (int? page, int? pageSize, ListUnitsHandler handler, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok((await handler.PageAsync(page, pageSize, ct)).AsArray(http)))
        .WithName("ListUnits")
        .WithSummary("Danh sách đơn vị, theo tên (tối đa 500 một trang; tổng số ở X-Total-Count) / List the units of the organisation tree, by name, paged")
        .WithArrayPaging()
        .WithExamples(null, """
            [{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","name":"Sở Công Thương tỉnh An Giang","shortName":"SCT","parentId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d43",
              "kind":"department","validFrom":"2025-07-01","validTo":null,"successorId":null}]
            """);
}
