namespace KyCuong.Web.Platform.Telemetry;

/// <summary>Settings under <c>Telemetry</c> (README, Configuration).</summary>
internal sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Let a scraper on the same machine (loopback address) read <c>/metrics</c> without signing in.</summary>
    public bool AllowLoopbackScrape { get; set; }

    /// <summary>The meters exported: HTTP server and EF Core (built into .NET), the jobs and the outbox.</summary>
    public IReadOnlyList<string> Meters { get; set; } =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.EntityFrameworkCore", JobMetrics.MeterName, OutboxMetrics.MeterName,
    ];
}
