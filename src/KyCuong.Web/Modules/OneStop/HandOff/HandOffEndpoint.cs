using KyCuong.Web.Modules.OneStop.GetDossier;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.OneStop.HandOff;

internal static class HandOffEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/dossiers/{id:guid}/steps", async Task<Ok<DossierDetails>> (Guid id, HandOffRequest request, HandOffHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithExamples("""{"toUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a06","note":"Chuyển Phòng Quản lý thương mại thẩm định","at":"2026-02-04T14:00:00+07:00"}""", null)
        .WithName("HandOffDossier")
        .WithSummary("Chuyển bước xử lý sang đơn vị khác / Hand the dossier to the next unit → the dossier (409 oneStop.alreadyReturned, oneStop.sameUnit)");
}
