using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Net.Http.Headers;

namespace KyCuong.Web.Platform.Web;

/// <summary>
/// How long a browser keeps the static files (styles, scripts, icons). Every page names its assets with
/// <c>asp-append-version</c>, so a file's address carries a hash of its content (<c>?v=…</c>): such an address never
/// changes meaning, and the browser may keep it for a year without asking again. Without a policy it revalidated every
/// asset on every page (a conditional request each, nine per page), which cost the server and the browser on every
/// click (docs/performance.md, "Static assets kept by the browser"). Files addressed without a version (what a style
/// sheet itself names, such as fonts) are kept an hour, then revalidated with their ETag, so a new release reaches
/// everyone within the hour.
/// </summary>
internal static class StaticAssetCaching
{
    internal const string Versioned = "public, max-age=31536000, immutable";
    internal const string Unversioned = "public, max-age=3600";

    public static StaticFileOptions Options() => new() { OnPrepareResponse = Apply };

    private static void Apply(StaticFileResponseContext context)
    {
        var request = context.Context.Request;
        context.Context.Response.Headers[HeaderNames.CacheControl] = request.Query.ContainsKey("v") ? Versioned : Unversioned;
    }
}
