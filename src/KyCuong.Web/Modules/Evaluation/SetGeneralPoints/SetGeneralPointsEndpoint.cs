using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.SetGeneralPoints;

internal static class SetGeneralPointsEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPut("/users/{id:guid}/evaluation/{period}/general",
            async Task<Ok<GeneralPointsResponse>> (Guid id, string period, SetGeneralPointsRequest request, SetGeneralPointsHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, period, request, ct)))
        .WithName("SetGeneralPoints")
        .WithSummary("Cấp quản lý chấm điểm tiêu chí chung (tối đa 30) / The manager scores the general criteria (at most 30)")
        .WithExamples("""{"points":27,"comment":"Chủ động, đúng hạn; tiếp dân tận tình."}""",
            """{"userId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","period":"2026-Q3","points":27,"comment":"Chủ động, đúng hạn; tiếp dân tận tình."}""");
}
