using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Consultations.ReturnConsultation;

internal static class ReturnConsultationEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/returns", async Task<Created<ReturnConsultationResponse>> (Guid id, ReturnConsultationRequest request, ReturnConsultationHandler handler, CancellationToken ct) =>
        {
            var result = await handler.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/consultations/{id}", result);
        })
        .WithName("ReturnConsultation")
        .WithSummary("Trả lại vì không thuộc thẩm quyền, dẫn danh mục thẩm quyền / Return as outside competence, citing the catalogue");
}
