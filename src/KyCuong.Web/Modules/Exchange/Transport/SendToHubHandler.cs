using System.Text.Json;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Exchange.Transport;

/// <summary>What the outbox carries: which envelope (a message) or status (an event) to hand to the hub; the bytes stay in their row.</summary>
internal sealed record HubPayload(string Kind, Guid Id);

/// <summary>
/// Hands one envelope or status message to the hub (<see cref="IExchangeHub"/>). A failure throws, so the outbox retries it with its
/// back-off; each message is its own outbox row, so one the hub refuses never holds up the others (Platform/Outbox).
/// </summary>
internal sealed class SendToHubHandler(AppDbContext db, IExchangeHub hub) : IOutboxHandler
{
    public const string TopicName = "exchange.send";

    public string Topic => TopicName;

    public async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<HubPayload>(message.PayloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("Empty exchange payload.");
        if (payload.Kind == HubMessage.EnvelopeKind)
        {
            var m = await db.ExchangeMessages.FirstOrDefaultAsync(x => x.Id == payload.Id, ct);
            if (m?.Envelope is not { } body)
            {
                return; // already handed over, or gone
            }

            await hub.SendAsync(new HubMessage(HubMessage.EnvelopeKind, m.FromCode, m.ToCode, body), ct);
            m.Handed();
            return;
        }

        var e = await db.ExchangeEvents.FirstOrDefaultAsync(x => x.Id == payload.Id, ct);
        if (e?.Payload is not { } status)
        {
            return;
        }

        var owner = await db.ExchangeMessages.AsNoTracking().FirstAsync(x => x.Id == e.MessageId, ct);
        // A status answers the sender: from the recipient (us) back to the envelope's sender.
        await hub.SendAsync(new HubMessage(HubMessage.StatusKind, owner.ToCode, owner.FromCode, status), ct);
        e.Handed();
    }
}
