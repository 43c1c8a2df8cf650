using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KyCuong.Web.Platform.Auditing;

/// <summary>
/// The keyed hash of an audit row over every field that matters and the previous row's hash: HMAC-SHA256 with the audit
/// key (<see cref="AuditKey"/>), so a plain SHA-256 recomputed by someone who edited a row does not verify (ADR 0004).
/// </summary>
internal static class AuditChain
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string HashOf(AuditEntry e, long sequence, string previousHash, byte[] key)
    {
        var canonical = string.Join('\u001f',
            sequence.ToString(CultureInfo.InvariantCulture),
            previousHash,
            e.Id.ToString("N"),
            e.AtUtc.Ticks.ToString(CultureInfo.InvariantCulture),
            e.ActorUserId?.ToString("N") ?? "",
            e.ActorName,
            e.EntityType,
            e.EntityId.ToString("N"),
            e.Action,
            e.Reason ?? "",
            e.DataJson ?? "");
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(canonical)));
    }
}
