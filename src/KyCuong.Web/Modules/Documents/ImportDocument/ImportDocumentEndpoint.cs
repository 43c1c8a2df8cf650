using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Documents.ImportDocument;

internal static class ImportDocumentEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/import", async Task<Created<ImportDocumentResponse>> (ImportDocumentRequest request, ImportDocumentHandler handler, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(request, asSystem: false, ct);
            return TypedResults.Created($"/api/v1/documents/{result.Id}", result);
        })
        .WithName("ImportDocument")
        .WithSummary("Nhập văn bản: đăng ký và giao nhiệm vụ trong một bước / Register a parsed document and create its tasks in one transaction");
}
