using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Citizens.SubmitFeedback;

/// <summary>
/// The per-address submission limit for the public form's post (Citizens:SubmissionsPerHour), so that showing the form is not
/// counted as a submission; the API endpoint has the same limit through its rate-limiting policy.
/// </summary>
internal sealed class PageSubmissionLimiter(IOptions<CitizensOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SubmissionsPerHour,
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    public bool TryAcquire(HttpContext http)
    {
        using var lease = limiter.AttemptAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        return lease.IsAcquired;
    }

    public void Dispose() => limiter.Dispose();
}
