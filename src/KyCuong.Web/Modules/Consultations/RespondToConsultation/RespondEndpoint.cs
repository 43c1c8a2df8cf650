using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Consultations.RespondToConsultation;

internal static class RespondEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/responses", async Task<Created<RespondResponse>> (Guid id, RespondRequest request, RespondHandler handler, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/consultations/{id}", result);
        })
        .WithName("RespondToConsultation")
        .WithSummary("Trả lời lấy ý kiến / Answer a consultation for a consulted unit (HandleWork on that unit)");
}
