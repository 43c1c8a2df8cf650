using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.OneStop.ReceiveDossier;

internal static class ReceiveDossierEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/dossiers", async Task<Created<ReceiveDossierResponse>> (ReceiveDossierRequest request, ReceiveDossierHandler handler, CancellationToken ct) =>
        {
            var created = await handler.HandleAsync(request, ct);
            return TypedResults.Created($"/api/v1/one-stop/dossiers/{created.Id}", created);
        })
        .WithExamples(
            """{"code":"000.00.21.H01-260203-0001","procedureCode":"2.000364","procedureName":"Cấp Giấy chứng nhận đủ điều kiện kinh doanh","timeLimitWorkingDays":10,"receivedAt":"2026-02-03T09:00:00+07:00","receivingUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a03","handlingUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a04","applicantName":"Công ty TNHH Mai Linh","source":"counter"}""",
            """{"id":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a05","code":"000.00.21.H01-260203-0001","dueDate":"2026-02-24","status":"inProgressOnTime"}""")
        .WithName("ReceiveDossier")
        .WithSummary("Tiếp nhận hồ sơ một cửa / Receive a one-stop dossier → 201 with its due date in working days (409 oneStop.duplicateCode; 400 when procedureCode is not a published procedure; name and time limit default from the catalogue)");
}
