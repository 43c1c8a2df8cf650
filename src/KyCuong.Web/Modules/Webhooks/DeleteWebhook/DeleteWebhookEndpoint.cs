namespace KyCuong.Web.Modules.Webhooks.DeleteWebhook;

internal static class DeleteWebhookEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapDelete("/{id:guid}", async Task<IResult> (Guid id, DeleteWebhookHandler handler, CancellationToken ct) =>
            {
                await handler.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .Produces(StatusCodes.Status204NoContent)
            .WithName("DeleteWebhook")
            .WithSummary("Hủy đăng ký webhook cùng nhật ký gửi / Delete a webhook subscription and its delivery log");
        group.MapPost("/{id:guid}/enable", async Task<IResult> (Guid id, DeleteWebhookHandler handler, CancellationToken ct) =>
            {
                await handler.EnableAsync(id, ct);
                return TypedResults.NoContent();
            })
            .Produces(StatusCodes.Status204NoContent)
            .WithName("EnableWebhook")
            .WithSummary("Bật lại đăng ký đã bị tạm dừng / Resume a disabled webhook subscription");
    }
}
