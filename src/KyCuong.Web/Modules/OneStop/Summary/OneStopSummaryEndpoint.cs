using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.OneStop.Summary;

internal static class OneStopSummaryEndpoint
{
    public static void Map(RouteGroupBuilder units) => units.MapGet("/{id:guid}/one-stop-summary",
            async Task<Ok<OneStopSummary>> (Guid id, DateOnly? from, DateOnly? to, OneStopSummaryHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, from, to, ct)))
        .WithExamples(null,
            """{"received":120,"doneOnTime":95,"doneLate":5,"inProgressOverdue":3,"onTimeRate":0.95,"apologyLetters":6,"from":"2026-01-01","to":"2026-03-31","lostTime":[{"unitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a06","unitName":"Phòng Quản lý thương mại","lateDossiers":6,"workingDaysHeld":41}]}""")
        .WithName("OneStopSummary")
        .WithSummary("Tỷ lệ hồ sơ một cửa đúng hạn của cơ quan và đơn vị trực thuộc / One-stop on-time figures of a unit and its subtree (?from&to, dates; 404 outside scope)");
}
