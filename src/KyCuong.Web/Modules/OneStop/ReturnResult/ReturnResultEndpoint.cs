using KyCuong.Web.Modules.OneStop.GetDossier;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.OneStop.ReturnResult;

internal static class ReturnResultEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/dossiers/{id:guid}/result", async Task<Ok<DossierDetails>> (Guid id, ReturnResultRequest request, ReturnResultHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithExamples("""{"returnedAt":"2026-02-24T15:30:00+07:00","note":"Đã trả Giấy chứng nhận tại bộ phận một cửa"}""", null)
        .WithName("ReturnDossierResult")
        .WithSummary("Ghi nhận đã trả kết quả / Record the result returned → the dossier with doneOnTime or doneLate (409 oneStop.alreadyReturned)");
}
