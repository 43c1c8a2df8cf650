using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.GetFeedback;

internal static class GetFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}", async Task<Ok<FeedbackDetails>> (Guid id, GetFeedbackHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("GetFeedback")
        .WithSummary("Chi tiết phản ánh, kiến nghị, người gửi và gợi ý trùng lặp / One item with its sender and duplicate hints (404 outside the caller's scope)");
}
