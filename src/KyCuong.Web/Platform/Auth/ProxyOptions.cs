using System.ComponentModel.DataAnnotations;
using System.Net;

namespace KyCuong.Web.Platform.Auth;

/// <summary>
/// Settings under <c>ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-For</c>/<c>-Proto</c> are trusted, so that
/// the per-address limits and the sign-in throttle key on the real client (SECURITY.md).
/// </summary>
internal sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Comma-separated IP addresses.</summary>
    public string? KnownProxies { get; set; }

    public IReadOnlyList<IPAddress> Addresses() =>
        (KnownProxies ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => IPAddress.TryParse(p, out var ip) ? ip : null).OfType<IPAddress>().ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var entry in (KnownProxies ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!IPAddress.TryParse(entry, out _))
            {
                yield return new ValidationResult(
                    $"ForwardedHeaders:KnownProxies: \"{entry}\" không phải địa chỉ IP. / \"{entry}\" is not an IP address.", [nameof(KnownProxies)]);
            }
        }
    }
}
