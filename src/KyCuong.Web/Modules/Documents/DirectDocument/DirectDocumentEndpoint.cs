using KyCuong.Web.Platform.Web;
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
        .WithSummary("Ý kiến chỉ đạo, giao nhiệm vụ / The leader's direction: one lead unit, coordinators, deadline; creates the tasks")
        // ADR 0003: the focal unit's monitors follow the directive's whole cascade; a deadline on a day off moves to the next working day.
        .WithExamples(
            """{"leadUnitId":"01a24419-5c98-7e19-b5d8-35d54d7e1a4a","coordinatingUnitIds":[],"dueDate":"2026-02-21","note":"Sở Nội vụ chủ trì, tham mưu UBND tỉnh.","focalUnitId":"01a24419-5c98-7e19-b5d8-35d54d7e1a4a","clauses":[{"ref":"3","skip":true}]}""",
            """{"documentId":"01a24440-cfbd-7634-8874-69705c279b6c","tasks":[{"id":"01a24441-400b-72e4-8e28-129d167f9ffb","clauseRef":"1","leadUnitId":"01a24419-5c98-7e19-b5d8-35d54d7e1a4a","dueDate":"2026-02-23","status":"inProgressOnTime","requestedDueDate":"2026-02-21"}],"focalUnitId":"01a24419-5c98-7e19-b5d8-35d54d7e1a4a"}""");
}
