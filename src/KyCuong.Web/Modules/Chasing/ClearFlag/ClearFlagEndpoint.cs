using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Chasing.ClearFlag;

internal static class ClearFlagEndpoint
{
    public static void Map(RouteGroupBuilder users) => users.MapPost("/{id:guid}/accountability/clear-flag",
            async Task<NoContent> (Guid id, ClearFlagRequest request, ClearFlagHandler handler, CancellationToken ct) =>
            {
                await handler.HandleAsync(id, request, ct);
                return TypedResults.NoContent();
            })
        .WithName("ClearTransferReviewFlag")
        .WithSummary("Gỡ cờ xem xét điều chuyển (có lý do) / Clear the transfer-review flag with a reason");
}
