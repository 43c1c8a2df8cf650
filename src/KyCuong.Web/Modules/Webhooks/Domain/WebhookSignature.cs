using System.Security.Cryptography;
using System.Text;

namespace KyCuong.Web.Modules.Webhooks.Domain;

/// <summary>
/// <c>X-KyCuong-Signature: sha256=&lt;hex of HMAC-SHA256(secret, timestamp + "." + body)&gt;</c> (docs/domain.md "Webhooks"): the
/// timestamp is inside the signed text, so a receiver that refuses old timestamps also refuses replayed captures.
/// </summary>
internal static class WebhookSignature
{
    public static string Sign(string secret, long timestamp, string body)
    {
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}.{body}"));
        return "sha256=" + Convert.ToHexStringLower(mac);
    }

    /// <summary>What a receiver does: recompute and compare in constant time.</summary>
    public static bool Verify(string secret, long timestamp, string body, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, timestamp, body)), Encoding.ASCII.GetBytes(header));
}
