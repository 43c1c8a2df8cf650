using KyCuong.Web.Modules.Tasks.RequestExtension;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KyCuong.Web.Modules.Tasks.DecideExtension;

internal static class DecideExtensionEndpoint
{
    public static void Map(RouteGroupBuilder group) => group.MapPost("/{id:guid}/extensions/{extensionId:guid}/decision",
            async Task<Ok<ExtensionResponse>> (Guid id, Guid extensionId, DecideExtensionRequest request, DecideExtensionHandler handler, CancellationToken ct) =>
                TypedResults.Ok(await handler.HandleAsync(id, extensionId, request, ct)))
        .WithName("DecideTaskExtension")
        .WithSummary("Đồng ý / không đồng ý gia hạn (cơ quan giao việc) / The assigner approves or refuses an extension");
}
