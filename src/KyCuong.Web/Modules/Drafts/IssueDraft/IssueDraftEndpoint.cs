using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Drafts.IssueDraft;

internal static class IssueDraftEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/issue", async (Guid id, IssueDraftRequest? request, IssueDraftHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("IssueDraft")
        .WithSummary("Ban hành: lấy số từ sổ văn bản đi, ghi ngày, đăng ký văn bản đi (lãnh đạo đơn vị) / Issue: number from the outgoing register (SignDocuments)")
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithExamples(DraftExamples.Issue, DraftExamples.Draft);
}
