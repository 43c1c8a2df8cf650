using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>
/// SMTP through a pool of open, authenticated connections (MailKit; settings <c>Smtp:*</c>): at most
/// <see cref="SmtpOptions.MaxConnections"/> at once, at most <see cref="SmtpOptions.MaxMessagesPerSecond"/> messages a second
/// (the mail server's own limit, so it never starts refusing us), each connection reused until it has been idle
/// <see cref="SmtpOptions.IdleSeconds"/> or carried <see cref="SmtpOptions.MessagesPerConnection"/> messages. A connection the
/// server dropped while idle is found broken on use and replaced, and the message goes once over the new one: it had not
/// been accepted, so it is neither lost nor doubled (the outbox retries any other failure; a message accepted but not
/// acknowledged is re-sent with the same Message-ID, which mail systems use to drop the duplicate).
/// </summary>
internal sealed class SmtpMailSender : IMailSender, IAsyncDisposable, IDisposable
{
    private readonly IOptionsMonitor<SmtpOptions> _settings;
    private readonly TimeProvider _clock;
    private readonly ILogger<SmtpMailSender> _logger;
    private readonly ConcurrentStack<Pooled> _idle = new();
    private readonly SemaphoreSlim _slots;
    private readonly TokenBucketRateLimiter _rate;
    private int _opened;

    public SmtpMailSender(IOptionsMonitor<SmtpOptions> settings, TimeProvider clock, ILogger<SmtpMailSender> logger)
    {
        _settings = settings;
        _clock = clock;
        _logger = logger;
        var options = settings.CurrentValue;
        _slots = new SemaphoreSlim(options.MaxConnections, options.MaxConnections);
        _rate = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = options.MaxMessagesPerSecond,
            TokensPerPeriod = options.MaxMessagesPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    /// <summary>Connections opened since start (each one a TCP handshake, TLS and login): tells reuse apart from one per message.</summary>
    public int ConnectionsOpened => Volatile.Read(ref _opened);

    private sealed record Pooled(SmtpClient Client, long LastUsed, int Sent);

    public async Task SendAsync(OutgoingEmail email, CancellationToken ct)
    {
        var options = _settings.CurrentValue;
        using var message = Build(email, options);
        using var permit = await _rate.AcquireAsync(1, ct);
        if (!permit.IsAcquired)
        {
            throw new InvalidOperationException("Vượt giới hạn gửi thư. / Over the mail server's rate limit.");
        }

        await _slots.WaitAsync(ct);
        try
        {
            // Bounded: a broken pooled connection is closed, never returned, so at most MaxConnections are tried before a new one.
            while (true)
            {
                var reused = TakeIdle(options);
                var pooled = reused ?? new Pooled(await ConnectAsync(options, ct), 0, 0);
                try
                {
                    await pooled.Client.SendAsync(message, ct);
                }
                catch (Exception ex) when (IsBroken(ex) && reused is not null)
                {
                    // Dropped by the server while idle: the message was not taken, so it goes once over a new connection.
                    _logger.LogInformation(ex, "A pooled SMTP connection was broken; sending over a new one");
                    await CloseAsync(pooled.Client, quit: false);
                    continue;
                }
                catch
                {
                    await CloseAsync(pooled.Client, quit: false);
                    throw;
                }

                Return(pooled with { LastUsed = _clock.GetTimestamp(), Sent = pooled.Sent + 1 }, options);
                return;
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private static bool IsBroken(Exception ex) =>
        ex is IOException or SocketException or ServiceNotConnectedException or SmtpProtocolException
            || (ex is SmtpCommandException c && c.StatusCode == SmtpStatusCode.ServiceNotAvailable);

    private Pooled? TakeIdle(SmtpOptions options)
    {
        while (_idle.TryPop(out var pooled))
        {
            if (pooled.Client.IsConnected && _clock.GetElapsedTime(pooled.LastUsed) < TimeSpan.FromSeconds(options.IdleSeconds))
            {
                return pooled;
            }

            // Idle too long: the server may be about to drop it; a new one costs less than a failed send.
            _ = CloseAsync(pooled.Client, quit: pooled.Client.IsConnected);
        }

        return null;
    }

    private void Return(Pooled pooled, SmtpOptions options)
    {
        if (pooled.Sent >= options.MessagesPerConnection || !pooled.Client.IsConnected)
        {
            _ = CloseAsync(pooled.Client, quit: pooled.Client.IsConnected);
            return;
        }

        _idle.Push(pooled);
    }

    private async Task<SmtpClient> ConnectAsync(SmtpOptions options, CancellationToken ct)
    {
        var client = new SmtpClient { Timeout = options.TimeoutMilliseconds };
        try
        {
            var security = !options.EnableSsl ? SecureSocketOptions.None : options.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(options.Host, options.Port, security, ct);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await client.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
            }

            Interlocked.Increment(ref _opened);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private async Task CloseAsync(SmtpClient client, bool quit)
    {
        try
        {
            if (quit)
            {
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await client.DisconnectAsync(true, cts.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or MailKit.ProtocolException or ServiceNotConnectedException)
        {
            _logger.LogDebug(ex, "SMTP connection closed without QUIT");
        }
        finally
        {
            client.Dispose();
        }
    }

    private static MimeMessage Build(OutgoingEmail email, SmtpOptions options)
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(new MailboxAddress(email.ToName, email.To));
        message.Subject = email.Subject;

        // The same Message-ID on a re-send after a half-finished attempt lets mail systems drop the duplicate.
        message.MessageId = email.MessageId.Trim('<', '>');
        message.Body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody }.ToMessageBody();
        return message;
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryPop(out var pooled))
        {
            await CloseAsync(pooled.Client, quit: true);
        }

        _rate.Dispose();
        _slots.Dispose();
    }

    /// <summary>Without QUIT (the host disposes asynchronously, which says goodbye to the server).</summary>
    public void Dispose()
    {
        while (_idle.TryPop(out var pooled))
        {
            pooled.Client.Dispose();
        }

        _rate.Dispose();
        _slots.Dispose();
    }
}
