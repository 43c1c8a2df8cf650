using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Reports.ListRegimes;

internal static class ListRegimesEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/", async Task<Ok<Paged<RegimeListItem>>> (int? page, int? pageSize, ListRegimesHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.PageAsync(page, pageSize, ct)))
        .WithName("ListReportRegimes")
        .WithSummary("Các chế độ báo cáo tôi được xem / The report regimes the caller's units own or report under, newest first, paged")
        .WithExamples(null,
            """{"items":[{"id":"01a24450-1b2c-7d3e-8f40-5a6b7c8d9e0f","name":"Báo cáo 6 tháng kết quả thực hiện Công điện 280/CĐ-TTg","legalBasis":"Nghị định 09/2019/NĐ-CP","periodicity":"halfYear","periodicityName":"6 tháng","ownerUnitId":"01a24419-5c98-7e19-b5d8-35d54d7e1a40","ownerUnitName":"Ủy ban nhân dân tỉnh An Giang","dueWorkingDays":5,"reportingUnits":3,"owner":true,"currentPeriod":"2026-H1","currentPeriodName":"6 tháng đầu năm 2026"}],"page":1,"pageSize":20,"total":1}""");
}
