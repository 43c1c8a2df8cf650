using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Webhooks.ListWebhooks;

internal static class ListWebhooksEndpoint
{
    private const string Example = """{"id":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","unitId":"0193f0a4-0000-7000-8000-000000000010","unitName":"UBND tỉnh An Giang","url":"https://hcc.angiang.gov.vn/kycuong/events","events":["task.created","task.overdue"],"status":"active","consecutiveFailures":0,"createdAtUtc":"2026-11-30T02:00:00Z","disabledAtUtc":null,"disabledReason":null}""";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/", async Task<Ok<WebhookPage>> (int? page, int? pageSize, ListWebhooksHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.ListAsync(page, pageSize, ct)))
            .WithName("ListWebhooks")
            .WithSummary("Các đăng ký webhook của cơ quan mình và cấp dưới, mới nhất trước / Webhook subscriptions of the caller's bodies, newest first, paged")
            .WithExamples(null, $$"""{"items":[{{Example}}],"page":1,"pageSize":20,"total":1}""");
        group.MapGet("/{id:guid}", async Task<Ok<WebhookDto>> (Guid id, ListWebhooksHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.GetAsync(id, ct)))
            .WithName("GetWebhook")
            .WithSummary("Một đăng ký webhook (không kèm khóa bí mật) / One webhook subscription (never its secret)")
            .WithExamples(null, Example);
    }
}
