using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Documents.ListDocuments;

internal static class ListDocumentsEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", async Task<Ok<DocumentPage>> (string? direction, int? year, string? q, int? page, int? pageSize, bool? notPresented, ListDocumentsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(new ListDocumentsQuery(direction, year, q, page, pageSize, notPresented), ct)))
        .WithName("ListDocuments")
        .WithSummary("Sổ văn bản đến, đi, theo dõi / The incoming, outgoing and tracking registers (urgent first, not-presented flag)");
}
