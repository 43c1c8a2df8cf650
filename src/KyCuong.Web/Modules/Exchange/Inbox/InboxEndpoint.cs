using KyCuong.Web.Platform.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;
using KyCuong.Web.Platform.Web;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Exchange.Inbox;

/// <summary>
/// <c>POST /api/v1/edxml/inbox</c> (XML body, at most <see cref="ExchangeOptions.MaxEnvelopeBytes"/>): an envelope → 201 with the new
/// incoming document (200 with the first's ids when it already arrived); a status message → 200. Hostile or malformed XML 400,
/// too large 413, unknown recipient or document 422.
/// </summary>
internal static class InboxEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/inbox", async Task<IResult> (HttpRequest request, InboxHandler handler, IOptions<ExchangeOptions> options, CancellationToken ct) =>
            {
                var max = options.Value.MaxEnvelopeBytes;
                if (request.ContentLength > max)
                {
                    return TooLarge(max);
                }

                var body = await UploadReader.ReadBytesAsync(request.Body, max, ct);
                if (body is null)
                {
                    return TooLarge(max);
                }

                if (body.Length == 0)
                {
                    throw RequestValidationException.For("body", "Nội dung edXML rỗng. / The body is empty.");
                }

                try
                {
                    var answer = await handler.HandleAsync(body, ct);
                    return answer.Created && answer.Kind == Transport.HubMessage.EnvelopeKind
                        ? TypedResults.Created($"/api/v1/documents/{answer.DocumentId}", answer)
                        : TypedResults.Ok(answer);
                }
                catch (UnknownRecipientException e)
                {
                    return Unprocessable("edxml.unknownRecipient", e.Message);
                }
                catch (UnknownDocumentException e)
                {
                    return Unprocessable("edxml.unknownDocument", e.Message);
                }
            })
            .Accepts<string>("application/xml", "text/xml")
            .DisableAntiforgery()
            .Produces<InboxResponse>(201)
            .Produces<InboxResponse>(200)
            .ProducesProblem(400)
            .ProducesProblem(403)
            .ProducesProblem(409)
            .ProducesProblem(413)
            .ProducesProblem(422)
            .WithName("ReceiveEdXml")
            .WithSummary("Nhận gói edXML hoặc thông điệp trạng thái / Receive an edXML envelope or status message (clerk of the recipient unit, or the hub's account)")
            .WithDescription("An envelope (root edXML, QCVN 102:2016 namespace, MessageHeader) is registered in the incoming register of the unit whose agency code is a "
                + "recipient: 201 {\"id\",\"documentId\",\"kind\":\"envelope\",\"status\":\"received\",\"created\":true}; the same envelope again answers 200 with the first's ids. "
                + "A status message (Status, StatusCode 01–06) moves the sent document: 200. DTDs and entities are refused (400 edxml.dtdRefused), nesting is bounded, "
                + "bodies over 20 MB answer 413; unknown recipient 422 edxml.unknownRecipient; illegal status move 409 edxml.illegalTransition.")
            .WithExamples(null, """{"id":"0193a5e2-7000-7b3e-9a2d-1c2b3d4e5f61","documentId":"0193a5e2-7001-7b3e-9a2d-1c2b3d4e5f62","kind":"envelope","status":"received","created":true}""");

    private static ProblemHttpResult TooLarge(int max) => TypedResults.Problem(statusCode: 413, title: "Quá lớn / Payload too large",
        detail: $"Gói edXML lớn hơn {max / (1024 * 1024)} MB. / The edXML body is larger than the limit.", extensions: new Dictionary<string, object?> { ["code"] = "edxml.tooLarge" });

    private static ProblemHttpResult Unprocessable(string code, string message) => TypedResults.Problem(statusCode: 422, title: "Không xử lý được / Unprocessable",
        detail: message, extensions: new Dictionary<string, object?> { ["code"] = code });
}
