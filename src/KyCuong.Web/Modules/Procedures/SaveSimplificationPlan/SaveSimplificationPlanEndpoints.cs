using KyCuong.Web.Modules.Procedures.GetSimplificationPlan;
using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Procedures.SaveSimplificationPlan;

internal static class SaveSimplificationPlanEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/simplification-plans", async Task<Created<SimplificationPlanDetails>> (SimplificationPlanRequest request, SaveSimplificationPlanHandler handler, CancellationToken ct) =>
            {
                var created = await handler.CreateAsync(request, ct);
                return TypedResults.Created($"/api/v1/procedures/simplification-plans/{created.Id}", created);
            })
            .WithExamples(
                """{"bodyUnitId":"0193f5a2-7c1e-7d40-9b1a-2f4e8c6d1a07","year":2026,"title":"Kế hoạch rà soát, đơn giản hóa thủ tục hành chính nội bộ năm 2026","items":[{"procedureCode":"1.001234","action":"simplify","targetCost":3000000000},{"procedureCode":"2.000987","action":"cut"}]}""",
                GetSimplificationPlanEndpoint.Details)
            .WithName("CreateSimplificationPlan")
            .WithSummary("Lập kế hoạch đơn giản hóa của cơ quan trong năm / Create a body's simplification plan for a year → 201 (409 procedure.simplificationPlanExists)");
        group.MapPost("/simplification-plans/{id:guid}/items", async Task<Created<SimplificationPlanDetails>> (Guid id, SimplificationItemRequest request, SaveSimplificationPlanHandler handler, CancellationToken ct) =>
            {
                var plan = await handler.AddItemAsync(id, request, ct);
                return TypedResults.Created($"/api/v1/procedures/simplification-plans/{plan.Id}", plan);
            })
            .WithExamples("""{"procedureCode":"1.001234","action":"simplify","baselineCost":4200000000,"targetCost":3000000000}""", GetSimplificationPlanEndpoint.Details)
            .WithName("AddSimplificationItem")
            .WithSummary("Thêm thủ tục vào kế hoạch đơn giản hóa / Add a procedure to a plan → 201 (409 procedure.simplificationItemExists; 403 without the right to edit)");
        group.MapPut("/simplification-plans/{id:guid}/items/{itemId:guid}", async Task<Ok<SimplificationPlanDetails>> (Guid id, Guid itemId, SimplificationItemUpdate request, SaveSimplificationPlanHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.UpdateItemAsync(id, itemId, request, ct)))
            .WithExamples("""{"status":"done","targetCost":3000000000}""", GetSimplificationPlanEndpoint.Details)
            .WithName("UpdateSimplificationItem")
            .WithSummary("Cập nhật tình trạng thực hiện một thủ tục của kế hoạch / Mark an item planned or done (and its target cost)");
    }
}
