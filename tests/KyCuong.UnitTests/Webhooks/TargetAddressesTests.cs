using System.Net;
using KyCuong.Web.Modules.Webhooks.Domain;

namespace KyCuong.UnitTests.Webhooks;

/// <summary>Where a webhook may not point (docs/domain.md "Webhooks: safe targets"), IPv4 and IPv6.</summary>
public sealed class TargetAddressesTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.255.0.9")]
    [InlineData("0.0.0.0")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.254")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("224.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd12:3456:789a::1")]
    [InlineData("fc00::1")]
    [InlineData("ff02::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::127.0.0.1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    public void Internal_IsRefused(string address) => TargetAddresses.IsRefused(IPAddress.Parse(address)).ShouldBeTrue(address);

    [Theory]
    [InlineData("203.113.131.1")]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("172.15.255.255")]
    [InlineData("100.128.0.1")]
    [InlineData("169.253.1.1")]
    [InlineData("192.169.0.1")]
    [InlineData("2001:ee0:4f01::1")]
    [InlineData("::ffff:203.113.131.1")]
    public void Public_IsAllowed(string address) => TargetAddresses.IsRefused(IPAddress.Parse(address)).ShouldBeFalse(address);

    [Theory]
    [InlineData("localhost", true)]
    [InlineData("LOCALHOST.", true)]
    [InlineData("hooks.localhost", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("[::1]", true)]
    [InlineData("[fe80::1]", true)]
    [InlineData("10.0.0.8", true)]
    [InlineData("motcua.angiang.gov.vn", false)]
    [InlineData("localhost.angiang.gov.vn", false)]
    [InlineData("203.113.131.1", false)]
    public void Host_AsWritten(string host, bool refused) => TargetAddresses.IsRefusedHost(host).ShouldBe(refused, host);
}
