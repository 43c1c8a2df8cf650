using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Exchange.SendDocument;

internal static class SendDocumentEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/send", async (SendDocumentRequest request, SendDocumentHandler handler, CancellationToken ct) =>
            {
                var sent = await handler.HandleAsync(request, ct);
                return TypedResults.Created($"/api/v1/edxml/messages/{sent.Id}", sent);
            })
            .Produces<SendDocumentResponse>(201)
            .ProducesProblem(400)
            .ProducesProblem(403)
            .ProducesProblem(404)
            .ProducesProblem(409)
            .WithName("SendEdXml")
            .WithSummary("Gửi văn bản đi liên thông / Send an issued document to another agency over edXML (clerk of the registering unit)")
            .WithDescription("409 `edxml.notIssued`, `edxml.noAgencyCode`, `edxml.alreadySent`. The envelope is handed to the hub by the outbox; the recipient's status messages then arrive at the inbox.")
            .WithExamples("""{"documentId":"0193a5e2-6f1c-7b3e-9a2d-1c2b3d4e5f60","toAgencyCode":"000.00.12.H01"}""", """{"id":"0193a5e2-7000-7b3e-9a2d-1c2b3d4e5f61","status":"sent"}""");
}
