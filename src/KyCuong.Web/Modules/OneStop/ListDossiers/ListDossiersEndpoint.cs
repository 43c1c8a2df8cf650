using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.OneStop.ListDossiers;

internal static class ListDossiersEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/dossiers",
            async Task<Ok<DossierPage>> (string? status, Guid? unitId, string? code, int? page, int? pageSize, ListDossiersHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(status, unitId, code, page, pageSize, ct)))
        .WithExamples(null,
            """{"items":[{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a05","code":"000.00.21.H01-260203-0001","procedureCode":"2.000364","procedureName":"Cấp Giấy chứng nhận đủ điều kiện kinh doanh","receivingUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a03","receivingUnitName":"Sở Công Thương tỉnh An Giang","currentUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a03","currentUnitName":"Sở Công Thương tỉnh An Giang","applicantName":"Công ty TNHH Mai Linh","receivedOn":"2026-02-03","dueDate":"2026-02-24","promisedDate":null,"returnedOn":null,"status":"inProgressOnTime","apologyLetters":0}],"total":1,"page":1,"pageSize":50}""")
        .WithName("ListDossiers")
        .WithSummary("Hồ sơ một cửa trong phạm vi của bạn / Dossiers in the caller's scope, paged (?status=inProgressOnTime|inProgressOverdue|doneOnTime|doneLate&unitId&code&page&pageSize)");
}
