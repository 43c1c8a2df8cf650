using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Procedures.ListProcedures;

internal static class ListProceduresEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/",
            async Task<Ok<ProcedurePage>> (string? q, bool? @internal, string? status, Guid? bodyUnitId, int? page, int? pageSize, ListProceduresHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(q, @internal, status, bodyUnitId, page, pageSize, ct)))
        .WithExamples(null,
            """{"items":[{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1b01","code":"1.001234","name":"Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam","internal":false,"bodyUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a07","bodyUnitName":"Sở Tư pháp tỉnh An Giang","timeLimitWorkingDays":10,"status":"published","publishedOn":"2026-01-15","annualComplianceCost":4200000000}],"total":1,"page":1,"pageSize":50}""")
        .WithName("ListProcedures")
        .WithSummary("Danh mục thủ tục hành chính / Procedures catalogue, by code, paged (?q&internal&status=draft|published&bodyUnitId&page&pageSize ≤ 200)");
}
