using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Drafts.CreateDraft;

internal static class CreateDraftEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/", async (CreateDraftRequest request, CreateDraftHandler handler, CancellationToken ct) =>
        {
            var draft = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/drafts/{draft.Id}", draft);
        })
        .WithName("CreateDraft")
        .WithSummary("Soạn dự thảo văn bản đi theo thể thức NĐ 30/2020 / Start a draft of an outgoing document (HandleWork on the unit)")
        .Produces<DraftResponse>(StatusCodes.Status201Created)
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .WithExamples(DraftExamples.Create, DraftExamples.Draft.Replace("\"status\":\"issued\"", "\"status\":\"draft\"", StringComparison.Ordinal));
}
