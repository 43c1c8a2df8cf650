namespace KyCuong.Web.Modules.Notifications.Domain;

/// <summary>
/// An e-mail handed to the mail server, keyed by the outbox idempotency key of its message: a retry of the message after
/// the send (e.g. a crash before it was marked processed) finds this row and does not send again.
/// </summary>
internal sealed class SentEmail
{
    private SentEmail()
    {
    }

    public SentEmail(string idempotencyKey, Guid recipientUserId, string toAddress, string subject, string messageId, DateTime sentAtUtc)
    {
        IdempotencyKey = idempotencyKey;
        RecipientUserId = recipientUserId;
        ToAddress = toAddress;
        Subject = subject.Length <= 500 ? subject : subject[..500];
        MessageId = messageId;
        SentAtUtc = sentAtUtc;
    }

    public string IdempotencyKey { get; private set; } = "";

    public Guid RecipientUserId { get; private set; }

    public string ToAddress { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string MessageId { get; private set; } = "";

    public DateTime SentAtUtc { get; private set; }
}
