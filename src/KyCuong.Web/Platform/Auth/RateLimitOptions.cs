using System.ComponentModel.DataAnnotations;

namespace KyCuong.Web.Platform.Auth;

/// <summary>Settings under <c>RateLimit</c> (README, Configuration; SECURITY.md).</summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimit";

    /// <summary>Sign-in attempts per client address per minute (the fixed window in front of the token endpoint).</summary>
    [Range(1, 1_000_000)]
    public int SignInPerMinute { get; set; } = 20;
}
