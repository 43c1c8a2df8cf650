using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.GetEvaluation;

internal static class GetEvaluationEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/users/{id:guid}/evaluation",
            async Task<Ok<EvaluationDto>> (Guid id, string? period, GetEvaluationHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, period, ct)))
        .WithName("GetEvaluation")
        .WithSummary("Kết quả đánh giá theo kỳ (tháng, quý, năm) / A person's evaluation for a month, quarter or year (404 outside the caller's view)")
        .WithExamples(null, """
            {"period":"2026-Q3","assigned":4,"completed":4,"quantity":1,"quality":0.9375,"progress":0.9375,"taskPercent":0.9583,"taskPoints":67.08,
             "generalPoints":27,"total":94.08,"grade":"excellent","gradeLabel":"Hoàn thành xuất sắc nhiệm vụ","forcedReason":null,
             "generalComment":"Chủ động, đúng hạn.","formulaVersion":"ND335-2025.1",
             "products":[{"taskId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","title":"Báo cáo tinh giản biên chế quý III","coefficient":1,
               "dueDate":"2026-08-14","completedOn":"2026-08-18","completed":true,"review":"met","majorErrors":0,"delays":1,"lateDays":2,
               "othersLateDays":2,"quantity":1,"quality":1,"progress":0.75,
               "notes":["1 lần chậm do mình giữ hồ sơ: trừ 25 % điểm tiến độ."]}],"periods":[]}
            """);
}
