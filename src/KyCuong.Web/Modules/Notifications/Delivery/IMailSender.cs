namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>Hands an e-mail to the mail server; throws when the server cannot take it (the outbox retries later).</summary>
internal interface IMailSender
{
    Task SendAsync(OutgoingEmail email, CancellationToken ct);
}
