using System.Diagnostics;
using System.Security.Claims;
using KyCuong.Web.Modules.Exchange.Inbox;
using KyCuong.Web.Modules.Organisation.Contracts;

namespace KyCuong.Web.Modules.Exchange.Transport;

/// <summary>What the loopback hub needs in the scope it delivers in: the inbox and who it acts as.</summary>
internal sealed record LoopbackInbox(InboxHandler Inbox, IHttpContextAccessor Http, IPeopleDirectory People);

/// <summary>
/// The demo's exchange hub, behind the same <see cref="IExchangeHub"/> as the real transport: it delivers each message to this
/// installation's own inbox (<c>POST /api/v1/edxml/inbox</c>'s handler, <see cref="InboxHandler"/>) in a scope of its own, as the
/// hub's account would — the demo's administrator (<see cref="Account"/>). Only the demo's simulated past uses it
/// (Platform/Demo/DemoHistory, where the sender and the recipient are two agencies of the same installation); the host itself
/// always sends through <see cref="HttpExchangeHub"/> to the configured hub. A message the inbox refuses throws, as a hub
/// refusing it would, and the outbox retries it.
/// </summary>
internal sealed class LoopbackExchangeHub(IServiceScopeFactory scopes, Func<IServiceProvider, LoopbackInbox> inboxOf, ILogger<LoopbackExchangeHub> logger)
    : IExchangeHub
{
    /// <summary>The account the loopback delivers as (the demo organisation's administrator, README "Demo accounts").</summary>
    public const string Account = "admin";

    public async Task SendAsync(HubMessage message, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        await using var scope = scopes.CreateAsyncScope();
        var (inbox, http, people) = inboxOf(scope.ServiceProvider);
        var userId = await people.FindUserIdAsync(Account, ct)
            ?? throw new InvalidOperationException($"Trục nội bộ của bản trình diễn cần tài khoản {Account}. / The loopback hub needs the {Account} account.");
        var previous = http.HttpContext;
        try
        {
            http.HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity(
                    [new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Name, Account)], "edxml-loopback")),
            };
            var answer = await inbox.HandleAsync(message.Body, ct);
            // The demo's start is measured (docs/performance.md): each delivery's share is logged at Debug.
            if (logger.IsEnabled(LogLevel.Debug))
            {
                logger.LogDebug("edXML loopback: {Kind} {From} → {To} delivered ({Status}) in {Ms:F1} ms", message.Kind, message.FromCode, message.ToCode,
                    answer.Status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
        finally
        {
            http.HttpContext = previous;
        }
    }
}
