using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.Candidates;

internal static class CandidatesEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/units/{id:guid}/candidates",
                async Task<Ok<CandidatesDto>> (Guid id, int? year, CandidatesHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.HandleAsync(id, year, ct)))
            .WithName("GetCandidates")
            .WithSummary("Danh sách đề xuất khen thưởng và xem xét, điều chuyển của đơn vị, kèm căn cứ / The unit's candidates for commendation and for review, with the evidence")
            .WithExamples(null, """
                {"unitId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","unitName":"Phòng Tổ chức, biên chế","year":2026,
                 "commendation":[{"userId":"0193f0a4-8a2b-7c3d-9e4f-5a6b7c8d9e0f","name":"Võ Thanh Hải","title":"Chuyên viên","grade":"good",
                   "gradeLabel":"Hoàn thành tốt nhiệm vụ","total":84.5,"completed":12,"onTimeRate":0.9167,"difficultProducts":2,
                   "forms":["advancedWorker","grassrootsEmulationFighter"],"evidence":["Xếp loại đề xuất năm 2026: Hoàn thành tốt nhiệm vụ (84,5 điểm)."],"decisions":[]}],
                 "review":[{"userId":"0193f0a4-9b3c-7d4e-8f5a-6b7c8d9e0f1a","name":"Trần Văn Bình","title":"Chuyên viên","grade":"completed",
                   "gradeLabel":"Hoàn thành nhiệm vụ","reasons":[{"code":"pattern:serialExtensions",
                   "text":"Xin gia hạn nhiều lần trên một nhiệm vụ: 20 trên 100 nhiệm vụ, vượt ngưỡng 10.","cases":[]}],"decisions":[]}],
                 "notModelled":[]}
                """);
        group.MapPost("/units/{id:guid}/candidates/decisions",
                async Task<Created<CandidateDecisionDto>> (Guid id, RecordCandidateDecisionRequest request, RecordCandidateDecisionHandler handler, CancellationToken ct) =>
                {
                    var result = await handler.HandleAsync(id, request, ct);
                    return TypedResults.Created($"/api/v1/units/{id}/candidates?year={result.Year}", result);
                })
            .WithName("RecordCandidateDecision")
            .WithSummary("Ghi quyết định của lãnh đạo về người được đề xuất (số, ngày, hình thức) / Record the leader's decision on a candidate")
            .WithExamples("""
                {"userId":"0193f0a4-8a2b-7c3d-9e4f-5a6b7c8d9e0f","year":2026,"kind":"commendation","form":"advancedWorker",
                 "decisionNumber":"35/QĐ-SNV","date":"2026-12-20","note":"Theo đề nghị của Hội đồng thi đua, khen thưởng."}
                """, """
                {"id":"0193f0a4-aa11-7b22-8c33-4d5e6f708192","userId":"0193f0a4-8a2b-7c3d-9e4f-5a6b7c8d9e0f","year":2026,"kind":"commendation",
                 "form":"advancedWorker","formLabel":"Danh hiệu \"Lao động tiên tiến\"","decisionNumber":"35/QĐ-SNV","date":"2026-12-20",
                 "note":"Theo đề nghị của Hội đồng thi đua, khen thưởng.","byName":"Nguyễn Văn An","at":"2026-12-20T03:00:00Z"}
                """);
    }
}
