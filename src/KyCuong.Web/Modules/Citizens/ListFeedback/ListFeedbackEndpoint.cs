using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.ListFeedback;

internal static class ListFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", async Task<Ok<IReadOnlyList<FeedbackListItem>>> (string? status, int? take, ListFeedbackHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(status, take, ct)))
        .WithName("ListFeedback")
        .WithSummary("Phản ánh, kiến nghị trong phạm vi của bạn / Feedback items in the caller's scope (receiving office of the body, or the unit handling it)");
}
