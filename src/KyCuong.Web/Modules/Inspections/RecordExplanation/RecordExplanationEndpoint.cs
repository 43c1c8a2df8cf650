using KyCuong.Web.Platform.Web;

namespace KyCuong.Web.Modules.Inspections.RecordExplanation;

internal static class RecordExplanationEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/explanations", async Task<IResult> (Guid id, RecordExplanationRequest request, RecordExplanationHandler handler, CancellationToken ct) =>
        {
            var created = await handler.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/inspections/{id}", created);
        })
        .WithName("RecordInspectionExplanation")
        .WithSummary("Giải trình của đơn vị được kiểm tra / The checked unit's explanation")
        .WithExamples("""{"unitId":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d40","text":"Hai công chức đi công tác theo quyết định, có giấy tờ kèm theo."}""",
            """{"id":"0199a7c2-7d1e-7b1a-9c51-3f2b8e6a1d47"}""");
}
