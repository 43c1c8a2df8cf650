using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.SetLeadershipScores;

internal static class SetLeadershipScoresEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPut("/users/{id:guid}/evaluation/{period}/leadership",
            async Task<Ok<LeadershipScoresResponse>> (Guid id, string period, SetLeadershipScoresRequest request, SetLeadershipScoresHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, period, request, ct)))
        .WithName("SetLeadershipScores")
        .WithSummary("Cấp trên chấm tiêu chí đ, e của người đứng đầu, cấp phó / The superior scores a leader's criteria đ and e")
        .WithExamples("""{"organise":0.8,"rally":0.9,"comment":"Tổ chức triển khai kịp thời; đoàn kết tốt."}""",
            """{"userId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","period":"2026-Q3","organise":0.8,"rally":0.9,"comment":"Tổ chức triển khai kịp thời; đoàn kết tốt."}""");
}
