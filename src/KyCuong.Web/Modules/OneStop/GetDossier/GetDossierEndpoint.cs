using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.OneStop.GetDossier;

internal static class GetDossierEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/dossiers/{id:guid}", async Task<Ok<DossierDetails>> (Guid id, GetDossierHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithExamples(null,
            """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a05","code":"000.00.21.H01-260203-0001","procedureCode":"2.000364","procedureName":"Cấp Giấy chứng nhận đủ điều kiện kinh doanh","timeLimitWorkingDays":10,"receivedAt":"2026-02-03T09:00:00+07:00","receivedOn":"2026-02-03","dueDate":"2026-02-24","promisedDate":null,"receivingUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a03","receivingUnitName":"Sở Công Thương tỉnh An Giang","currentUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a04","currentUnitName":"Sở Công Thương tỉnh An Giang","applicantName":"Công ty TNHH Mai Linh","status":"inProgressOnTime","returnedOn":null,"resultNote":null,"source":"counter","steps":[{"seq":1,"unitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a04","unitName":"Sở Công Thương tỉnh An Giang","startedAt":"2026-02-03T09:00:00+07:00","endedAt":null,"workingDaysHeld":0,"note":null}],"apologyLetters":[],"canAct":true}""")
        .WithName("GetDossier")
        .WithSummary("Chi tiết hồ sơ một cửa, các bước và phiếu xin lỗi / One dossier with its steps and apology letters (404 outside the caller's scope)");
}
