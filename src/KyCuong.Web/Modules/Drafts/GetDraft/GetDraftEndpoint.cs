using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Drafts.GetDraft;

internal static class GetDraftEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}", async (Guid id, GetDraftHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("GetDraft")
        .WithSummary("Một dự thảo (đơn vị soạn thảo và lãnh đạo cấp trên) / One draft (its unit and the leaders above)")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithExamples(null, DraftExamples.Draft);
}
