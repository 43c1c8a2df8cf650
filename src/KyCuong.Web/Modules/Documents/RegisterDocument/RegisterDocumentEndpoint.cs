using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Documents.RegisterDocument;

internal static class RegisterDocumentEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/", async Task<Created<RegisterDocumentResponse>> (RegisterDocumentRequest request, RegisterDocumentHandler handler, CancellationToken ct) =>
        {
            var created = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/documents/{created.Id}", created);
        })
        .WithName("RegisterDocument")
        .WithSummary("Đăng ký văn bản đến, đi, nội bộ / Register an incoming, outgoing or internal document (clerk)");
}
