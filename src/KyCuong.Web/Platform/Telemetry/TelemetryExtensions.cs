using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Auth;
using KyCuong.Web.Platform.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KyCuong.Web.Platform.Telemetry;

/// <summary>
/// Metrics for operations (docs/operations.md): HTTP requests and EF Core from .NET's built-in meters, the jobs
/// (<see cref="JobMetrics"/>) and the outbox (<see cref="OutboxMetrics"/>), served at <c>GET /metrics</c> in the
/// Prometheus text format to administrators, or to a scraper on the loopback address when
/// <c>Telemetry__AllowLoopbackScrape=true</c>. Traces (HTTP, EF Core, job runs, outbox batches) and the same meters go to an
/// OpenTelemetry collector when <c>Telemetry__OtlpEndpoint</c> is set.
/// </summary>
internal static class TelemetryExtensions
{
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (options.TracingOn)
        {
            var otel = services.AddOpenTelemetry().ConfigureResource(r => r.AddService("kycuong", serviceInstanceId: Environment.MachineName));
            if (options.TracingOn)
            {
                otel.WithTracing(t =>
                {
                    t.SetSampler(new ParentBasedSampler(new TraceIdRatioBasedSampler(Math.Clamp(options.TraceSampleRatio, 0, 1))))
                        .AddSource(Tracing.SourceName)
                        // Probes and scrapes every few seconds would drown the requests people make.
                        .AddAspNetCoreInstrumentation(o => o.Filter = http =>
                            !http.Request.Path.StartsWithSegments("/health") && !http.Request.Path.StartsWithSegments("/metrics"))
                        .AddEntityFrameworkCoreInstrumentation();
                    if (options.OtlpEndpoint is { } endpoint)
                    {
                        t.AddOtlpExporter(o => Configure(o, endpoint, options.OtlpProtocol));
                    }
                });
            }

            if (options.OtlpEndpoint is { } metricsEndpoint)
            {
                otel.WithMetrics(m =>
                {
                    foreach (var meter in options.Meters)
                    {
                        m.AddMeter(meter);
                    }

                    m.AddOtlpExporter(o => Configure(o, metricsEndpoint, options.OtlpProtocol));
                });
            }
        }


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

    private static void Configure(OtlpExporterOptions o, Uri endpoint, string protocol)
    {
        o.Endpoint = endpoint;
        o.Protocol = protocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
    }
}
