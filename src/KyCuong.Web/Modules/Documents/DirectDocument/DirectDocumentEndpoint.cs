using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Documents.DirectDocument;

internal static class DirectDocumentEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/direction", async Task<Created<DirectDocumentResponse>> (Guid id, DirectDocumentRequest request, DirectDocumentHandler handler, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/documents/{id}", result);
        })
        .WithName("DirectDocument")
        .WithSummary("Ý kiến chỉ đạo, giao nhiệm vụ / The leader's direction: one lead unit, coordinators, deadline; creates the tasks");
}
