using KyCuong.Web.Platform.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Evaluation.SetTaskProduct;

internal static class SetTaskProductEndpoint
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapDelete("/tasks/{id:guid}/evaluation-product",
                async Task<Ok<TaskProductResponse>> (Guid id, SetTaskProductHandler handler, CancellationToken ct) => TypedResults.Ok(await handler.ClearAsync(id, ct)))
            .WithName("ClearTaskEvaluationProduct")
            .WithSummary("Bên giao bỏ loại sản phẩm: nhiệm vụ tính là một sản phẩm tiêu chuẩn / The assigner removes the product type")
            .WithExamples(null, """{"taskId":"0193f0a4-aa11-7b22-8c33-4d44e55f6a77","coefficient":1,"product":null}""");
        group.MapPut("/tasks/{id:guid}/evaluation-product",
            async Task<Ok<TaskProductResponse>> (Guid id, SetTaskProductRequest request, SetTaskProductHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, request, ct)))
        .WithName("SetTaskEvaluationProduct")
        .WithSummary("Bên giao chọn loại sản phẩm quy đổi của nhiệm vụ / The assigner sets the task's product type")
        .WithExamples("""{"productId":"0193f0a4-9b3c-7d4e-8f5a-6b7c8d9e0f1a"}""", """
            {"taskId":"0193f0a4-aa11-7b22-8c33-4d44e55f6a77","coefficient":3,
             "product":{"productId":"0193f0a4-9b3c-7d4e-8f5a-6b7c8d9e0f1a","name":"Báo cáo chuyên đề cấp tỉnh","group":"N3","points":15,"coefficient":3}}
            """);
    }
}
