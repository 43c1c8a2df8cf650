using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Citizens.ListFeedback;

internal static class ListFeedbackEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", async Task<Ok<Paged<FeedbackListItem>>> (string? status, int? page, int? pageSize, ListFeedbackHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(status, page, pageSize, ct)))
        .WithName("ListFeedback")
        .WithSummary("Phản ánh, kiến nghị trong phạm vi của bạn / Feedback items in the caller's scope (receiving office of the body, or the unit handling it), newest first, paged")
        .WithExamples(null, """
            {"items":[{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d70","trackingCode":"K7M2Q9X4T8PA","kind":"reflection","subject":"Chậm cấp giấy phép xây dựng",
              "status":"received","bodyUnitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d43","handlingUnitId":null,"receivedOn":"2026-03-02","decisionDueDate":"2026-03-12",
              "submitterName":"Nguyễn Văn Tâm"}],"page":1,"pageSize":20,"total":1}
            """);
}
