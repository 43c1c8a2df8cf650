using System.Security.Cryptography;
using System.Text;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>Stable identifiers derived from an outbox idempotency key.</summary>
internal static class MessageIds
{
    /// <summary>The e-mail's Message-ID: the same key always gives the same id (RFC 5322 §3.6.4 form).</summary>
    public static string For(string idempotencyKey, string fromAddress)
    {
        var at = fromAddress.LastIndexOf('@');
        var domain = at >= 0 && at < fromAddress.Length - 1 ? fromAddress[(at + 1)..] : "kycuong.local";
        return $"<{Hash(idempotencyKey)[..32]}.kycuong@{domain}>";
    }

    /// <summary>A key of at most 200 characters (the outbox column): long keys are replaced by their hash.</summary>
    public static string Key(string prefix, string key)
    {
        var full = prefix + key;
        return full.Length <= 200 ? full : prefix + Hash(key);
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
