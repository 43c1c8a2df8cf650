using KyCuong.Web.Modules.Exchange.ListExchange;
using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Exchange.ReturnDocument;

internal static class ReturnDocumentEndpoint
{
    public static void Map(RouteGroupBuilder group) =>
        group.MapPost("/messages/{id:guid}/return", (Guid id, ReturnDocumentRequest request, ReturnDocumentHandler handler, CancellationToken ct) =>
                handler.HandleAsync(id, request, ct))
            .Produces<ExchangeItem>(200)
            .ProducesValidationProblem()
            .ProducesProblem(404)
            .ProducesProblem(409)
            .WithName("ReturnEdXml")
            .WithSummary("Trả lại văn bản nhận liên thông / Return a document received over edXML, with the reason (clerk of the receiving unit)")
            .WithDescription("Moves the received message to `returned` (QCVN 102:2016 status 02) and sends the status message with the reason back to the sender "
                + "through the hub. 400 without a reason or over 1000 characters; 404 for another unit's message or a sent one; 409 `edxml.illegalTransition` "
                + "once it is completed or returned.")
            .WithExamples("""{"reason":"Văn bản không thuộc thẩm quyền giải quyết của Sở Nội vụ; đề nghị gửi Sở Tài chính."}""",
                """{"id":"0193a5e2-7000-7b3e-9a2d-1c2b3d4e5f61","direction":"received","documentId":"0193a5e2-7001-7b3e-9a2d-1c2b3d4e5f62","envelopeId":"0193a5e2-6f1c-7b3e-9a2d-1c2b3d4e5f60","from":{"code":"000.00.00.H01","name":"Ủy ban nhân dân tỉnh An Giang"},"to":{"code":"000.00.12.H01","name":"Sở Nội vụ tỉnh An Giang"},"numberSymbol":"05/UBND-VP","subject":"V/v báo cáo tình hình","status":"returned","createdAt":"2026-01-05T09:01:00+07:00","timeline":[{"status":"delivered","at":"2026-01-05T09:01:00+07:00","note":"Đã nhận được gói tin."},{"status":"received","at":"2026-01-05T09:01:00+07:00","note":"Đã vào sổ văn bản đến."},{"status":"returned","at":"2026-01-05T10:00:00+07:00","note":"Văn bản không thuộc thẩm quyền giải quyết của Sở Nội vụ; đề nghị gửi Sở Tài chính."}]}""");
}
