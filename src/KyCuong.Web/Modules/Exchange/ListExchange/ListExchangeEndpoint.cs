using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Exchange.ListExchange;

internal static class ListExchangeEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/messages", (string? direction, int? page, int? pageSize, ListExchangeHandler handler, CancellationToken ct) =>
                handler.ListAsync(direction, page ?? 1, pageSize ?? 50, ct))
            .WithName("ListEdXmlMessages")
            .WithSummary("Văn bản gửi, nhận liên thông / Envelopes sent and received, with their status timelines (clerks of the units concerned)")
            .WithExamples(null, """{"items":[{"id":"0193a5e2-7000-7b3e-9a2d-1c2b3d4e5f61","direction":"sent","documentId":"0193a5e2-6f1c-7b3e-9a2d-1c2b3d4e5f60","envelopeId":"0193a5e2-6f1c-7b3e-9a2d-1c2b3d4e5f60","from":{"code":"000.00.00.H01","name":"Ủy ban nhân dân tỉnh An Giang"},"to":{"code":"000.00.12.H01","name":"Sở Nội vụ tỉnh An Giang"},"numberSymbol":"05/UBND-VP","subject":"V/v báo cáo tình hình","status":"completed","createdAt":"2026-01-05T09:00:00+07:00","timeline":[{"status":"sent","at":"2026-01-05T09:00:00+07:00","note":null},{"status":"received","at":"2026-01-05T09:01:00+07:00","note":"Đã vào sổ văn bản đến."}]}],"page":1,"pageSize":50,"total":1}""");
        group.MapGet("/messages/{id:guid}", (Guid id, ListExchangeHandler handler, CancellationToken ct) => handler.GetAsync(id, ct))
            .ProducesProblem(404)
            .WithName("GetEdXmlMessage")
            .WithSummary("Một văn bản liên thông và dòng trạng thái / One exchanged document with its status timeline")
            .WithExamples(null, """{"id":"0193a5e2-7000-7b3e-9a2d-1c2b3d4e5f61","direction":"received","documentId":"0193a5e2-7001-7b3e-9a2d-1c2b3d4e5f62","envelopeId":"0193a5e2-6f1c-7b3e-9a2d-1c2b3d4e5f60","from":{"code":"000.00.00.H01","name":"Ủy ban nhân dân tỉnh An Giang"},"to":{"code":"000.00.12.H01","name":"Sở Nội vụ tỉnh An Giang"},"numberSymbol":"05/UBND-VP","subject":"V/v báo cáo tình hình","status":"assigned","createdAt":"2026-01-05T09:01:00+07:00","timeline":[{"status":"received","at":"2026-01-05T09:01:00+07:00","note":"Đã vào sổ văn bản đến."},{"status":"assigned","at":"2026-01-05T10:00:00+07:00","note":"Lãnh đạo đã phân công xử lý."}]}""");
    }
}
