using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Consultations.NotifyDelay;

internal static class NotifyDelayEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/delay-notices", async Task<Created<NotifyDelayResponse>> (Guid id, NotifyDelayRequest request, NotifyDelayHandler handler, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/consultations/{id}", result);
        })
        .WithName("NotifyConsultationDelay")
        .WithSummary("Báo chậm trả lời (trước khi hết hạn) / Notice that the answer will be late (only before the deadline)");
}
