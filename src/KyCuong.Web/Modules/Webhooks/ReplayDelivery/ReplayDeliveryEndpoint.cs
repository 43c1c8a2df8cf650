using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Webhooks.ReplayDelivery;

internal static class ReplayDeliveryEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/replay",
            async Task<IResult> (Guid id, Guid deliveryId, ReplayDeliveryHandler handler, CancellationToken ct) =>
                TypedResults.Accepted($"/api/v1/webhooks/{id}/deliveries", await handler.HandleAsync(id, deliveryId, ct)))
        .Produces<ReplayedDelivery>(StatusCodes.Status202Accepted)
        .WithName("ReplayWebhookDelivery")
        .WithSummary("Gửi lại một lượt (cùng nội dung, cùng mã lượt gửi) / Send a delivery again (same body and delivery id)")
        .WithExamples(null, """{"id":"0193f0a5-1111-7000-8000-000000000001","status":"pending"}""");
}
