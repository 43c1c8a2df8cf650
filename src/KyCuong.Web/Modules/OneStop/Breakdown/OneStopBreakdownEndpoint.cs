using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.OneStop.Breakdown;

internal static class OneStopBreakdownEndpoint
{
    public static void Map(RouteGroupBuilder units) => units.MapGet("/{id:guid}/one-stop-breakdown",
            async Task<Ok<OneStopBreakdown>> (Guid id, DateOnly? from, DateOnly? to, string? procedureCode, OneStopBreakdownHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, from, to, procedureCode, ct)))
        .WithExamples(null,
            """{"from":"2026-01-01","to":"2026-03-31","procedures":[{"procedureCode":"2.000364","procedureName":"Cấp Giấy chứng nhận đủ điều kiện kinh doanh","received":40,"doneOnTime":30,"doneLate":4,"inProgressOverdue":2,"onTimeRate":0.8824,"steps":[{"seq":1,"unitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a03","unitName":"Sở Công Thương tỉnh An Giang","dossiers":36,"workingDaysUsed":52,"workingDaysAllowed":360,"overran":0,"lateDossiers":0},{"seq":2,"unitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a06","unitName":"Phòng Quản lý thương mại","dossiers":36,"workingDaysUsed":298,"workingDaysAllowed":310,"overran":6,"lateDossiers":6}]}],"dossiers":null,"dossiersTotal":null}""")
        .WithName("OneStopBreakdown")
        .WithSummary("Tỷ lệ đúng hạn theo thủ tục và theo bước, thời gian chậm ở đâu / One-stop on-time rate per procedure and per step of a unit and its subtree (?from&to&procedureCode; with procedureCode, the dossiers judged in the period; 404 outside scope)");
}
