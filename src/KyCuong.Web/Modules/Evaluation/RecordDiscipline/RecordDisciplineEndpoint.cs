using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.RecordDiscipline;

internal static class RecordDisciplineEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/users/{id:guid}/discipline",
            async Task<Created<DisciplineResponse>> (Guid id, RecordDisciplineRequest request, RecordDisciplineHandler handler, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(id, request, ct);
                return TypedResults.Created($"/api/v1/users/{id}/evaluation?period={result.Date.Year}", result);
            })
        .WithName("RecordDiscipline")
        .WithSummary("Ghi nhận quyết định kỷ luật (buộc xếp loại không hoàn thành trong năm) / Record a discipline decision (forces the year's grade)")
        .WithExamples("""{"form":"reprimand","decisionNumber":"125/QĐ-SNV","date":"2026-09-15","reason":"Vi phạm quy chế làm việc, chậm trễ kéo dài."}""", null);
}
