using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.GradingMinutes;

internal static class GradingMinutesEndpoint
{
    public const string MinutesExample = """
        {"id":"0193f0a4-9b3c-7d4e-8f50-6a7b8c9d0e1f","unitId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","unitName":"Phòng Tổ chức cán bộ","period":"2026-Q3",
         "version":2,"savedAt":"2026-10-05T15:30:00+07:00","savedByUserId":"0193f0a4-6a1b-7c2d-8e3f-4a5b6c7d8e9f","savedByName":"Trần Thị Mai",
         "outstandingBody":false,"unitGrade":"good","counts":{"excellent":0,"good":1,"completed":0,"notCompleted":0,"ungraded":0},"maxExcellent":0,
         "note":"Họp xét ngày 05/10/2026.","people":[{"userId":"0193f0a4-8a2b-7c3d-9e4f-5a6b7c8d9e0f","name":"Võ Thanh Hải","title":"Chuyên viên","head":false,
         "total":84.5,"proposedGrade":"good","selfGrade":"excellent","finalGrade":"good","forcedReason":null}]}
        """;

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/units/{id:guid}/evaluation/{period}/gradings",
                async Task<Ok<GradingVersionsDto>> (Guid id, string period, GradingMinutesHandler handler, CancellationToken ct) =>
                    TypedResults.Ok(await handler.VersionsAsync(id, period, ct)))
            .WithName("ListGradings")
            .WithSummary("Các phiên bản xếp loại đã lưu của đơn vị trong kỳ / The saved versions of a unit's grading for a period")
            .WithExamples(null, """
                {"unitId":"0193f0a4-7c1e-7d2a-9b1c-2f4e5d6a7b8c","period":"2026-Q3","versions":[{"id":"0193f0a4-9b3c-7d4e-8f50-6a7b8c9d0e1f","version":2,
                 "savedAt":"2026-10-05T15:30:00+07:00","savedByName":"Trần Thị Mai"}]}
                """);
        group.MapGet("/evaluation/gradings/{id:guid}",
                async Task<Ok<GradingMinutesDto>> (Guid id, GradingMinutesHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.MinutesAsync(id, ct)))
            .WithName("GetGradingMinutes")
            .WithSummary("Biên bản một lần xếp loại: người lưu, thời điểm, điểm và xếp loại của từng người lúc lưu / The minutes of one saved grading")
            .WithExamples(null, MinutesExample);
    }
}
