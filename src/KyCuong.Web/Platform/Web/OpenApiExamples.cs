using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;

namespace KyCuong.Web.Platform.Web;

/// <summary>
/// Examples in the OpenAPI document (docs/api.md): a request body and the success answer (200, or 201 for a creation) as a client
/// would send and read them.
/// </summary>
internal static class OpenApiExamples
{
    public static RouteHandlerBuilder WithExamples(this RouteHandlerBuilder builder, string? request, string? response) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (request is not null && operation.RequestBody?.Content is { } body)
            {
                foreach (var media in body.Values)
                {
                    media.Example = JsonNode.Parse(request);
                }
            }

            if (response is not null && operation.Responses is { } responses && (responses.TryGetValue("200", out var ok) || responses.TryGetValue("201", out ok)) && ok.Content is { } content)
            {
                foreach (var media in content.Values)
                {
                    media.Example = JsonNode.Parse(response);
                }
            }

            return Task.CompletedTask;
        });
}
