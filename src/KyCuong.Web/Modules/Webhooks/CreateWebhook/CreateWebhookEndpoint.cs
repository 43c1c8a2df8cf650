using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Webhooks.CreateWebhook;

internal static class CreateWebhookEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/", async Task<IResult> (CreateWebhookRequest request, CreateWebhookHandler handler, CancellationToken ct) =>
        {
            var created = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/webhooks/{created.Id}", created);
        })
        .Produces<CreatedWebhook>(StatusCodes.Status201Created)
        .WithName("CreateWebhook")
        .WithSummary("Đăng ký nhận sự kiện qua webhook cho cơ quan của mình (quản trị viên) / Subscribe an external system to events of the caller's body (administrators)")
        .WithExamples("""{"url":"https://hcc.angiang.gov.vn/kycuong/events","events":["task.created","task.overdue","task.completed","consultation.deemedAgreed"],"secret":"b7f1c2d9e4a84f0c9d3e2a1b5c6d7e8f"}""",
            """{"id":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c"}""");
}
