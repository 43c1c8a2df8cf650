using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Drafts.SaveDraft;

internal static class SaveDraftEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPut("/{id:guid}", async (Guid id, SaveDraftRequest request, SaveDraftHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("SaveDraft")
        .WithSummary("Lưu dự thảo (kèm version đã đọc; 409 draft.staleVersion nếu người khác đã lưu) / Save a draft read at a version")
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .WithExamples(DraftExamples.Save, DraftExamples.Draft.Replace("\"status\":\"issued\"", "\"status\":\"draft\"", StringComparison.Ordinal));
}
