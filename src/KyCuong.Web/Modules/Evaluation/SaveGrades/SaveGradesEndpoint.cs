using KyCuong.Web.Modules.Evaluation.GradingMinutes;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.SaveGrades;

internal static class SaveGradesEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/units/{id:guid}/evaluation/{period}/gradings",
            async Task<Created<GradingMinutesDto>> (Guid id, string period, SaveGradesRequest request, SaveGradesHandler handler, CancellationToken ct) =>
            {
                var minutes = await handler.HandleAsync(id, period, request, ct);
                return TypedResults.Created($"/api/v1/evaluation/gradings/{minutes.Id}", minutes);
            })
        .WithName("SaveGrades")
        .WithSummary("Cấp quản lý lưu xếp loại của đơn vị (kiểm tra tỷ lệ trước khi lưu; mỗi lần lưu là một phiên bản có biên bản) / Save a unit's grades as a new version with minutes (409 evaluation.capExceeded with allowed and proposed)")
        .WithExamples("""{"grades":[{"userId":"0193f0a4-8a2b-7c3d-9e4f-5a6b7c8d9e0f","grade":"good"}],"outstandingBody":false,"unitGrade":"good","note":"Họp xét ngày 05/10/2026."}""",
            GradingMinutesEndpoint.MinutesExample);
}
