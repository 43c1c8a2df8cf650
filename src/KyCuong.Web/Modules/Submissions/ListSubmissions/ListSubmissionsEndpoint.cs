using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Submissions.ListSubmissions;

internal static class ListSubmissionsEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/",
            async Task<Ok<SubmissionPage>> (string? queue, string? status, int? page, int? pageSize, ListSubmissionsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(queue, status, page ?? 1, pageSize ?? 20, ct)))
        .WithName("ListSubmissions")
        .WithSummary("Tờ trình của đơn vị (queue=mine) hoặc hàng chờ Văn phòng (queue=review) / My units' submissions or the office's review queue, paged");
}
