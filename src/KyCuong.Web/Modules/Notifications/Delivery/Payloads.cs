namespace KyCuong.Web.Modules.Notifications.Delivery;

internal static class DeliveryTopics
{
    /// <summary>The e-mail of one notice (immediate mode).</summary>
    public const string EmailNotice = "email.notice";

    /// <summary>The daily digest of one person.</summary>
    public const string EmailDigest = "email.digest";
}

/// <summary>Payload of <see cref="DeliveryTopics.EmailNotice"/>: the inbox entry to send, found by its source key.</summary>
internal sealed record EmailNoticePayload(Guid RecipientUserId, string SourceKey);

/// <summary>Payload of <see cref="DeliveryTopics.EmailDigest"/>: the person, the working day and the window of notices it lists.</summary>
internal sealed record DigestPayload(Guid UserId, DateOnly Date, DateTime FromUtc, DateTime ToUtc);
