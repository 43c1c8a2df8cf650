using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.WriteSelfAssessment;

internal static class WriteSelfAssessmentEndpoint
{
    private const string Example = """
        {"userId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","period":"2026-Q3","text":"Hoàn thành 4/4 nhiệm vụ, 1 nhiệm vụ chậm 3 ngày do chờ số liệu.",
         "proposedGrade":"good","updatedAt":"2026-10-02T09:00:00+07:00","locked":false,"saved":null}
        """;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/users/{id:guid}/evaluation/{period}/self-assessment",
                async Task<Ok<SelfAssessmentDto>> (Guid id, string period, WriteSelfAssessmentHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.GetAsync(id, period, ct)))
            .WithName("GetSelfAssessment")
            .WithSummary("Bản tự đánh giá của kỳ và kết quả xếp loại đã lưu / The period's self-assessment and the saved grade (404 outside the caller's view)")
            .WithExamples(null, Example);
        group.MapPut("/users/{id:guid}/evaluation/{period}/self-assessment",
                async Task<Ok<SelfAssessmentDto>> (Guid id, string period, SelfAssessmentRequest request, WriteSelfAssessmentHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.PutAsync(id, period, request, ct)))
            .WithName("WriteSelfAssessment")
            .WithSummary("Người được đánh giá tự đánh giá và tự xếp loại (sửa được đến khi cấp quản lý lưu xếp loại) / The person's self-assessment, editable until graded (409 evaluation.selfAssessmentLocked)")
            .WithExamples("""{"text":"Hoàn thành 4/4 nhiệm vụ, 1 nhiệm vụ chậm 3 ngày do chờ số liệu.","proposedGrade":"good"}""", Example);
    }
}
