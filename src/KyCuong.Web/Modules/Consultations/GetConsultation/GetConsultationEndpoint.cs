using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Consultations.GetConsultation;

internal static class GetConsultationEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/{id:guid}", async Task<Ok<ConsultationDetails>> (Guid id, GetConsultationHandler handler, CancellationToken ct) =>
            TypedResults.Ok(await handler.HandleAsync(id, ct)))
        .WithName("GetConsultation")
        .WithSummary("Chi tiết lấy ý kiến / A consultation with each unit's outcome and the notices (404 when outside the caller's scope)");
}
