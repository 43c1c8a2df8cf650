using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Webhooks.ListDeliveries;

internal static class ListDeliveriesEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}/deliveries",
            async Task<Ok<DeliveryPage>> (Guid id, string? status, int? page, int? pageSize, ListDeliveriesHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, status, page, pageSize, ct)))
        .WithName("ListWebhookDeliveries")
        .WithSummary("Nhật ký gửi của một đăng ký: sự kiện, mã trả về, số lần thử, thời điểm, lỗi / The delivery log of a subscription, newest first, paged")
        .WithExamples(null, """{"items":[{"id":"0193f0a5-1111-7000-8000-000000000001","eventId":"0193f0a5-0000-7000-8000-0000000000aa","event":"task.created","status":"delivered","attempts":2,"statusCode":200,"error":null,"createdAtUtc":"2026-11-30T02:00:00Z","lastAttemptAtUtc":"2026-11-30T02:01:00Z","deliveredAtUtc":"2026-11-30T02:01:00Z","attemptLog":[{"attempt":1,"atUtc":"2026-11-30T02:00:00Z","statusCode":500,"error":"HTTP 500 Internal Server Error","durationMs":12},{"attempt":2,"atUtc":"2026-11-30T02:01:00Z","statusCode":200,"error":null,"durationMs":8}]}],"page":1,"pageSize":20,"total":1}""");
}
