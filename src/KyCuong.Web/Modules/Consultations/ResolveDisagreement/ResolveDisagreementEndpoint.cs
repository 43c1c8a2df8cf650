using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Consultations.ResolveDisagreement;

internal static class ResolveDisagreementEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/resolutions", async Task<Created<ResolveDisagreementResponse>> (Guid id, ResolveDisagreementRequest request, ResolveDisagreementHandler handler, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/consultations/{id}", result);
        })
        .WithName("ResolveConsultationDisagreement")
        .WithSummary("Ghi nhận làm việc trực tiếp (cơ quan chủ trì) hoặc quyết định xin ý kiến cấp trên (cấp trên) / Record a reconciliation or the superior's escalation");
}
