using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.RequestExtension;

internal static class RequestExtensionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/extensions", async Task<Created<ExtensionResponse>> (Guid id, RequestExtensionRequest request, RequestExtensionHandler handler, CancellationToken ct) =>
        {
            var created = await handler.HandleAsync(id, request, ct);
            return TypedResults.Created($"/api/v1/tasks/{id}", created);
        })
        .WithName("RequestTaskExtension")
        .WithSummary("Đề nghị gia hạn (trước khi hết hạn) / Request an extension before the deadline");
}
