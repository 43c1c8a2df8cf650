using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Drafts.ListDrafts;

internal static class ListDraftsEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", async (Guid? unitId, string? status, int? page, int? pageSize, ListDraftsHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(unitId, status, page, pageSize, ct)))
        .WithName("ListDrafts")
        .WithSummary("Danh sách dự thảo của các đơn vị tôi được xem, mới sửa trước / Drafts of my units, latest change first, paged")
        .ProducesValidationProblem()
        .WithExamples(null, DraftExamples.Page);
}
