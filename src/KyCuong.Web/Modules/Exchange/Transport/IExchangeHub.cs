namespace KyCuong.Web.Modules.Exchange.Transport;

/// <summary>One message for the hub: an envelope (<see cref="EnvelopeKind"/>) or a status message, addressed by agency codes.</summary>
internal sealed record HubMessage(string Kind, string FromCode, string ToCode, byte[] Body)
{
    public const string EnvelopeKind = "envelope";
    public const string StatusKind = "status";
}

/// <summary>
/// The one door to the exchange hub (docs/domain.md "edXML exchange"): the hub itself is outside the project, so everything that
/// leaves goes through this interface (<see cref="HttpExchangeHub"/> in production, the local hub in tests and the demo).
/// Throws when the hub did not take the message, so the outbox tries again.
/// </summary>
internal interface IExchangeHub
{
    Task SendAsync(HubMessage message, CancellationToken ct);
}
