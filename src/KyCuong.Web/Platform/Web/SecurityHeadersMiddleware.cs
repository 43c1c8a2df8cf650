namespace KyCuong.Web.Platform.Web;

/// <summary>Security headers on every response. Scripts and styles come only from our own origin (assets are bundled from npm).</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string CspBeforeConnect = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'";
    private const string CspAfterConnect = "; frame-ancestors 'none'; form-action 'self'; base-uri 'self'; object-src 'none'";

    // The Swagger UI (Development only) needs inline script and style.
    private const string SwaggerCsp = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    /// <summary>
    /// The SignalR WebSocket of the live unread count to this same host: older browsers do not count ws(s):
    /// as 'self', so it is named explicitly, for this host only.
    /// </summary>
    private static string SameHostWebSocket(HttpRequest request) =>
        request.Host.HasValue ? (request.IsHttps ? " wss://" : " ws://") + request.Host.Value : "";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h.XContentTypeOptions = "nosniff";
            h.XFrameOptions = "DENY";
            h["Referrer-Policy"] = "same-origin";
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            h["Cross-Origin-Opener-Policy"] = "same-origin";
            h.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger") ? SwaggerCsp : CspBeforeConnect + SameHostWebSocket(context.Request) + CspAfterConnect;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
