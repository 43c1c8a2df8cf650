using System.Diagnostics;
using KyCuong.Web.Modules.Notifications.Delivery;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KyCuong.IntegrationTests.Notifications;

/// <summary>
/// The SMTP connection pool against the local sink (no database): authenticated connections reused up to
/// Smtp:MaxConnections, the rate limit kept, a connection the server dropped replaced without losing or doubling a message.
/// </summary>
public sealed class SmtpPoolTests : IAsyncLifetime
{
    private readonly SmtpSink _sink = new() { Account = ("kycuong", "mật-khẩu-thư-2026") };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _sink.Start();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _sink.DisposeAsync();

    private sealed class Fixed(SmtpOptions value) : IOptionsMonitor<SmtpOptions>
    {
        public SmtpOptions CurrentValue => value;

        public SmtpOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<SmtpOptions, string?> listener) => null;
    }

    private SmtpMailSender Sender(int connections = 2, int perSecond = 10_000, string password = "mật-khẩu-thư-2026") => new(new Fixed(new SmtpOptions
    {
        Enabled = true, Host = "127.0.0.1", Port = _sink.Port, From = "kycuong@angiang.gov.vn", UserName = "kycuong", Password = password,
        MaxConnections = connections, MaxMessagesPerSecond = perSecond, TimeoutMilliseconds = 5000,
    }), TimeProvider.System, NullLogger<SmtpMailSender>.Instance);

    private static OutgoingEmail Mail(int i) => new($"nguoi{i}@angiang.gov.vn", $"Người nhận {i}", $"[Kỷ Cương] Nhắc hạn số {i}",
        $"Nhiệm vụ số {i} đến hạn hôm nay.", $"<p>Nhiệm vụ số {i} đến hạn hôm nay.</p>", $"<{i:D4}.pool.kycuong@angiang.gov.vn>");

    [Fact]
    public async Task ManyMessagesAtOnce_GoOverAtMostMaxConnections_EachLoggedInOnce()
    {
        await using var sender = Sender(connections: 2);
        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => sender.SendAsync(Mail(i), Ct)));

        _sink.Messages.Count.ShouldBe(40);
        _sink.Messages.Select(m => m.MessageId).Distinct().Count().ShouldBe(40);
        _sink.Messages.Single(m => m.MessageId == "<0007.pool.kycuong@angiang.gov.vn>").Text.ShouldContain("Nhiệm vụ số 7 đến hạn hôm nay.");
        _sink.Connections.ShouldBeLessThanOrEqualTo(2);
        _sink.Logins.ShouldBe(_sink.Connections);
        sender.ConnectionsOpened.ShouldBe(_sink.Connections);
    }

    [Fact]
    public async Task WrongPassword_SendFails_NothingSent()
    {
        await using var sender = Sender(password: "sai-mật-khẩu");
        await Should.ThrowAsync<MailKit.Security.AuthenticationException>(() => sender.SendAsync(Mail(1), Ct));
        _sink.Messages.ShouldBeEmpty();
    }

    [Fact]
    public async Task RateLimit_IsKept()
    {
        // 10 a second with a bucket of 10: the first 10 go at once, the next 15 need at least a second and a half more.
        await using var sender = Sender(connections: 4, perSecond: 10);
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, 25).Select(i => sender.SendAsync(Mail(i), Ct)));
        watch.Stop();
        _sink.Messages.Count.ShouldBe(25);
        watch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(1.4));
    }

    [Fact]
    public async Task ConnectionsDroppedByTheServer_AreReplaced_EveryMessageOnce()
    {
        await using var sender = Sender(connections: 2);
        for (var i = 0; i < 5; i++)
        {
            await sender.SendAsync(Mail(i), Ct);
        }

        var before = _sink.Connections;
        before.ShouldBe(1);
        _sink.DropConnections();
        await Task.Delay(100, Ct);
        for (var i = 5; i < 10; i++)
        {
            await sender.SendAsync(Mail(i), Ct);
        }

        _sink.Messages.Count.ShouldBe(10);
        _sink.Messages.Select(m => m.MessageId).Distinct().Count().ShouldBe(10);
        _sink.Connections.ShouldBe(before + 1);

        // The server down: the send fails (the outbox retries it later), and once it is back the pool reconnects.
        await _sink.StopAsync();
        var failed = false;
        try
        {
            await sender.SendAsync(Mail(10), Ct);
        }
        catch (Exception ex) when (ex is System.Net.Sockets.SocketException or IOException or MailKit.ServiceNotConnectedException or MailKit.ProtocolException)
        {
            failed = true;
        }

        failed.ShouldBeTrue();
        _sink.Start();
        await sender.SendAsync(Mail(11), Ct);
        _sink.Messages.Select(m => m.MessageId).ShouldNotContain("<0010.pool.kycuong@angiang.gov.vn>");
        _sink.Messages.Count(m => m.MessageId == "<0011.pool.kycuong@angiang.gov.vn>").ShouldBe(1);
    }
}
