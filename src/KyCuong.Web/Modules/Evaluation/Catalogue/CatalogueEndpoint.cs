using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.Catalogue;

internal static class CatalogueEndpoint
{
    private const string ProductExample = """
        {"id":"0193f0a4-9b3c-7d4e-8f5a-6b7c8d9e0f1a","unitId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","jobPosition":"Chuyên viên",
         "name":"Báo cáo chuyên đề cấp tỉnh","group":"N3","points":15,"coefficient":3,"active":true}
        """;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/evaluation/catalogue",
                async Task<Ok<CatalogueDto>> (Guid unitId, string? jobPosition, bool? includeRetired, CatalogueHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.ListAsync(unitId, jobPosition, includeRetired ?? false, ct)))
            .WithName("GetEvaluationCatalogue")
            .WithSummary("Danh mục sản phẩm quy đổi của cơ quan theo vị trí việc làm / The body's conversion catalogue per job position")
            .WithExamples(null, """
                {"unitId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","standardProductPoints":5,"frames":{"N1":100,"N2":200,"N3":300,"N4":400,"N5":500},
                 "products":[{"id":"0193f0a4-9b3c-7d4e-8f5a-6b7c8d9e0f1a","unitId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","jobPosition":"Chuyên viên",
                 "name":"Báo cáo chuyên đề cấp tỉnh","group":"N3","points":15,"coefficient":3,"active":true}]}
                """);
        group.MapPost("/evaluation/catalogue",
                async Task<Created<CatalogueProductDto>> (CatalogueProductRequest request, CatalogueHandler handler, CancellationToken ct) =>
                {
                    var p = await handler.CreateAsync(request, ct);
                    return TypedResults.Created($"/api/v1/evaluation/catalogue/{p.Id}", p);
                })
            .WithName("AddEvaluationCatalogueProduct")
            .WithSummary("Bộ phận tổ chức cán bộ thêm sản phẩm vào danh mục (nhóm N1–N5) / The personnel office adds a catalogue product")
            .WithExamples("""
                {"unitId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","jobPosition":"Chuyên viên","name":"Báo cáo chuyên đề cấp tỉnh","group":"N3","points":15}
                """, ProductExample);
        group.MapPut("/evaluation/catalogue/{id:guid}",
                async Task<Ok<CatalogueProductDto>> (Guid id, CatalogueProductRequest request, CatalogueHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.UpdateAsync(id, request, ct)))
            .WithName("UpdateEvaluationCatalogueProduct")
            .WithSummary("Sửa hoặc ngừng áp dụng một sản phẩm của danh mục / Correct or retire a catalogue product")
            .WithExamples("""{"jobPosition":"Chuyên viên","name":"Báo cáo chuyên đề cấp tỉnh","group":"N3","points":15,"active":false}""",
                ProductExample.Replace("\"active\":true", "\"active\":false", StringComparison.Ordinal));
    }
}
