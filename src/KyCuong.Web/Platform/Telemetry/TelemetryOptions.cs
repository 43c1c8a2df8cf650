using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Platform.Telemetry;

/// <summary>Settings under <c>Telemetry</c> (README, Configuration; docs/operations.md).</summary>
internal sealed class TelemetryOptions : IValidatableObject
{
    public const string Section = "Telemetry";

    /// <summary>Let a scraper on the same machine (loopback address) read <c>/metrics</c> without signing in.</summary>
    public bool AllowLoopbackScrape { get; set; }

    /// <summary>The meters exported: HTTP server and EF Core (built into .NET), the jobs and the outbox.</summary>
    public IReadOnlyList<string> Meters { get; set; } =
    [
        "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel", "Microsoft.EntityFrameworkCore", JobMetrics.MeterName, OutboxMetrics.MeterName,
    ];

    /// <summary>
    /// An OpenTelemetry collector (OTLP, e.g. <c>http://127.0.0.1:4317</c>): traces of HTTP requests, EF Core commands, job
    /// runs and outbox batches, and the meters above, are exported there. Absent = no export.
    /// </summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary><c>grpc</c> (default) or <c>http/protobuf</c>.</summary>
    [RegularExpression("^(grpc|http/protobuf)$", ErrorMessage = "Telemetry:OtlpProtocol phải là grpc hoặc http/protobuf. / Telemetry:OtlpProtocol must be grpc or http/protobuf.")]
    public string OtlpProtocol { get; set; } = "grpc";

    /// <summary>Record traces even without an exporter (a test or a debugger attaches its own); on when an endpoint is set.</summary>
    public bool Traces { get; set; }

    /// <summary>Share of root traces kept (0–1); child spans follow their parent's decision.</summary>
    [Range(0.0, 1.0)]
    public double TraceSampleRatio { get; set; } = 1.0;

    public bool TracingOn => Traces || OtlpEndpoint is not null;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OtlpEndpoint is { } e && (!e.IsAbsoluteUri || (e.Scheme != Uri.UriSchemeHttp && e.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult("Telemetry:OtlpEndpoint phải là địa chỉ http(s) tuyệt đối. / Telemetry:OtlpEndpoint must be an absolute http(s) URL.", [nameof(OtlpEndpoint)]);
        }
    }
}
