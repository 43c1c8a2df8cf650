using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Documents.PresentDocument;

internal static class PresentDocumentEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/present", async Task<Ok<PresentDocumentResponse>> (Guid id, PresentDocumentHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("PresentDocument")
        .WithSummary("Trình văn bản đến cho lãnh đạo / Record that an incoming document was presented to the leader");
}
