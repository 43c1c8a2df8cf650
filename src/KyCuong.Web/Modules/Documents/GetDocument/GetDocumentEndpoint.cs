using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Documents.GetDocument;

internal static class GetDocumentEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}", async Task<Ok<DocumentDetails>> (Guid id, GetDocumentHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("GetDocument")
        .WithSummary("Chi tiết văn bản / A document with attachments, direction and tasks");
}
