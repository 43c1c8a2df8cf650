using System.Diagnostics;

namespace KyCuong.Web.Platform.Telemetry;

/// <summary>
/// The application's own spans (source <c>KyCuong</c>): one per job run and one per outbox batch, beside the HTTP and EF
/// Core spans of the instrumentation libraries, so a slow morning sweep shows which job and which statements took the time
/// (docs/operations.md). Starting a span costs nothing when no listener samples it.
/// </summary>
internal static class Tracing
{
    public const string SourceName = "KyCuong";

    public static readonly ActivitySource Source = new(SourceName);
}
