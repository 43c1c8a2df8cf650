using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Procedures.SimplificationProgress;

internal static class SimplificationProgressEndpoint
{
    public const string Example =
        """{"bodyUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a07","bodyUnitName":"Sở Tư pháp tỉnh An Giang","year":2026,"planId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1c01","internalPublished":{"achieved":3,"total":4,"rate":0.75,"target":1,"met":false},"proceduresSimplified":{"achieved":2,"total":5,"rate":0.4,"target":0.2,"met":true},"complianceCostCut":{"achieved":9000000,"total":60000000,"rate":0.15,"target":0.2,"met":false}}""";

    public static void Map(RouteGroupBuilder group) => group.MapGet("/simplification-progress",
            async Task<Ok<SimplificationProgressDto>> (Guid? bodyUnitId, int? year, SimplificationProgressHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(bodyUnitId, year, ct)))
        .WithExamples(null, Example)
        .WithName("SimplificationProgress")
        .WithSummary("Tiến độ công bố, cắt giảm, đơn giản hóa thủ tục của cơ quan trong năm / A body's progress against the 968/CĐ-TTg targets (?bodyUnitId&year; 404 outside the body's staff)");
}
