using System.Net;
using System.Net.Sockets;
using KyCuong.Web.Modules.Webhooks.Domain;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Webhooks.Deliver;

/// <summary>
/// Connects a delivery only to addresses a webhook may reach (docs/domain.md "Webhooks: safe targets"): the receiver's name is
/// resolved here, every address it resolves to is checked with <see cref="TargetAddresses"/>, and the socket connects to those
/// checked addresses — so a name that resolves to 127.0.0.1, or one whose DNS answer changes after the subscription was made,
/// reaches nothing internal. <see cref="WebhookOptions.AllowPrivateTargets"/> lifts the check (tests, the bench, a receiver
/// on the agency's own network).
/// </summary>
internal sealed class TargetGuard(IOptionsMonitor<WebhookOptions> options)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, ct);
        if (!options.CurrentValue.AllowPrivateTargets && addresses.FirstOrDefault(TargetAddresses.IsRefused) is { } refused)
        {
            // One refused address refuses the name: a round-robin answer must not let some deliveries through to the inside.
            throw new HttpRequestException(HttpRequestError.ConnectionError,
                $"Địa chỉ {refused} của {host} là địa chỉ nội bộ, không gửi. / {host} resolves to {refused}, a loopback, link-local or private address; not sent.");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(addresses, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
