using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.Cascade;

internal static class CascadeEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/cascade",
            async Task<Ok<CascadeResponse>> (Guid? sourceDocumentId, Guid? taskId, CascadeHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(sourceDocumentId, taskId, ct)))
        .WithName("GetTaskCascade")
        .WithSummary("Theo dõi triển khai chỉ đạo theo từng khoản và đơn vị cấp dưới / A directive's cascade per clause and subordinate unit");
}
