using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.GetUnitEvaluation;

internal static class GetUnitEvaluationEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/units/{id:guid}/evaluation/{year:int}",
            async Task<Ok<UnitEvaluationDto>> (Guid id, int year, GetUnitEvaluationHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, year, ct)))
        .WithName("GetUnitEvaluation")
        .WithSummary("Bảng xếp loại đề xuất của đơn vị và kiểm tra tỷ lệ xuất sắc / The unit's proposed grades and the cap check")
        .WithExamples(null, """
            {"unitId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","year":2026,
             "people":[{"userId":"0193f0a4-8a2b-7c3d-9e4f-5a6b7c8d9e0f","name":"Võ Thanh Hải","title":"Chuyên viên","total":84.5,"grade":"good","forcedReason":null}],
             "counts":{"excellent":0,"good":1,"completed":0,"notCompleted":0,"ungraded":0},"maxExcellent":0,"capOk":true,"formulaVersion":"ND335-2025.1"}
            """);
}
