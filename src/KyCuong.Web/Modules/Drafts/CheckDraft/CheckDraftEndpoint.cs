using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Drafts.CheckDraft;

internal static class CheckDraftEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/check", async (Guid id, CheckDraftHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("CheckDraft")
        .WithSummary("Kiểm tra thể thức dự thảo theo NĐ 30/2020 (như POST /api/v1/documents/check-format) / Check the draft as it prints")
        .ProducesProblem(StatusCodes.Status404NotFound)
        .WithExamples(null, DraftExamples.Findings);
}
