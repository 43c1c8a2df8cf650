using System.Net;
using System.Net.Sockets;

namespace KyCuong.Web.Modules.Webhooks.Domain;

/// <summary>
/// Where a webhook may not point (docs/domain.md "Webhooks: safe targets"): a subscription must not turn the server into a
/// proxy to itself or to the agency's internal network (server-side request forgery, OWASP API Security Top 10 2023 API7). Loopback,
/// link-local (which includes the cloud metadata address 169.254.169.254), private (RFC 1918, RFC 4193), shared (RFC 6598),
/// unspecified, broadcast and multicast addresses are refused, in IPv4 and IPv6, and IPv4 written inside IPv6 is judged as IPv4.
/// </summary>
internal static class TargetAddresses
{
    public const string RefusedMessage =
        "Địa chỉ nhận không được là địa chỉ nội bộ (loopback, link-local, mạng riêng). / url must not point to a loopback, link-local or private address.";

    /// <summary>Whether the address is one a webhook may not reach.</summary>
    public static bool IsRefused(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
            {
                0 => true, // "this network" (RFC 1122), 0.0.0.0 reaches the host itself
                10 => true, // RFC 1918
                127 => true, // loopback
                100 => b[1] is >= 64 and <= 127, // shared address space, carrier-grade NAT (RFC 6598)
                169 => b[1] == 254, // link-local (RFC 3927), cloud metadata
                172 => b[1] is >= 16 and <= 31, // RFC 1918
                192 => b[1] == 168, // RFC 1918
                >= 224 => true, // multicast, reserved, broadcast
                _ => false,
            };
        }

        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            if (IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6None.Equals(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast || address.IsIPv6UniqueLocal)
            {
                return true;
            }

            // IPv4-compatible (::a.b.c.d, deprecated by RFC 4291) and NAT64 (64:ff9b::/96, RFC 6052) forms carry an IPv4 address.
            var b = address.GetAddressBytes();
            if (b.Take(12).All(x => x == 0) || (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.Skip(4).Take(8).All(x => x == 0)))
            {
                return IsRefused(new IPAddress(b[12..]));
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// Whether a URL's host is refused as written: a literal address in a refused range, or a name reserved for the host itself
    /// (<c>localhost</c> and its subdomains, RFC 6761 §6.3). Other names are judged at send time, on the addresses they resolve to.
    /// </summary>
    public static bool IsRefusedHost(string host)
    {
        var bare = host.Trim('[', ']').TrimEnd('.');
        if (IPAddress.TryParse(bare, out var address))
        {
            return IsRefused(address);
        }

        return bare.Equals("localhost", StringComparison.OrdinalIgnoreCase) || bare.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }
}
