using Microsoft.AspNetCore.Http.Metadata;

namespace KyCuong.Web.Platform.Web;

/// <summary>
/// An endpoint that binds only a form (an uploaded file) answers 415 to a request that carries no form at all. The request
/// delegates generated at build time read the form without checking first, and a POST with no Content-Type then ended in a
/// 500 instead of the clear refusal every bad input gets (SECURITY.md, "Bad input").
/// </summary>
internal static class FormContentTypeGuard
{
    public static IApplicationBuilder UseFormContentTypeGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts
            && accepts.ContentTypes.All(IsForm)
            && !context.Request.HasFormContentType)
        {
            await TypedResults.Problem(
                "Yêu cầu phải gửi tệp dưới dạng multipart/form-data. / The request must send its file as multipart/form-data.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Sai kiểu nội dung / Unsupported media type").ExecuteAsync(context);
            return;
        }

        await next(context);
    });

    private static bool IsForm(string contentType) =>
        contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase);
}
