using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Platform.Telemetry;

/// <summary>
/// Metrics for operations (docs/operations.md): HTTP requests and EF Core from .NET's built-in meters, the jobs
/// (<see cref="JobMetrics"/>) and the outbox (<see cref="OutboxMetrics"/>), served at <c>GET /metrics</c> in the
/// Prometheus text format to administrators, or to a scraper on the loopback address when
/// <c>Telemetry__AllowLoopbackScrape=true</c>.
/// </summary>
internal static class TelemetryExtensions
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateOnStart();
        services.AddMetrics();
        services.AddSingleton<JobMetrics>();
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton<PrometheusMetrics>();
        return services;
    }

    public static IEndpointRouteBuilder MapTelemetry(this IEndpointRouteBuilder app)
    {
        // Started with the host so that counts begin at start-up, not at the first scrape.
        _ = app.ServiceProvider.GetRequiredService<PrometheusMetrics>();
        app.MapGet("/metrics", async (HttpContext http, IOptions<TelemetryOptions> options, PrometheusMetrics metrics, OutboxMetrics outbox, AppDbContext db, CancellationToken ct) =>
            {
                var loopback = options.Value.AllowLoopbackScrape && http.Connection.RemoteIpAddress is { } ip && global::System.Net.IPAddress.IsLoopback(ip);
                if (!loopback)
                {
                    if (http.User.Identity?.IsAuthenticated != true)
                    {
                        var bearer = await http.AuthenticateAsync(AuthSchemes.Bearer);
                        if (!bearer.Succeeded)
                        {
                            return Results.Problem("Cần đăng nhập. / Sign-in required.", statusCode: StatusCodes.Status401Unauthorized);
                        }

                        http.User = bearer.Principal;
                    }

                    var access = http.RequestServices.GetRequiredService<IAccessControl>();
                    if (!await access.IsAdministratorAsync(ct))
                    {
                        return Results.Problem("Chỉ quản trị hệ thống được xem số liệu vận hành. / Administrators only.", statusCode: StatusCodes.Status403Forbidden);
                    }
                }

                await outbox.RefreshAsync(db, ct);
                return Results.Text(metrics.Scrape(), "text/plain; version=0.0.4; charset=utf-8");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
