namespace KyCuong.Web.Modules.Notifications.Domain;

/// <summary>
/// One inbox entry of one person. <see cref="SourceKey"/> is the outbox idempotency key of the notice and is unique, so a
/// retry of the outbox message after a crash never makes a second entry.
/// </summary>
internal sealed class Notification
{
    public const int CategoryMax = 40;
    public const int SubjectMax = 500;
    public const int BodyMax = 4000;
    public const int LinkMax = 500;

    private Notification()
    {
    }

    public Notification(Guid id, Guid recipientUserId, string category, string subject, string body, string? link, string sourceKey, DateTime createdAtUtc)
    {
        Id = id;
        RecipientUserId = recipientUserId;
        Category = Clip(category, CategoryMax);
        Subject = Clip(subject, SubjectMax);
        Body = Clip(body, BodyMax);
        Link = link is null ? null : Clip(link, LinkMax);
        SourceKey = sourceKey;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid RecipientUserId { get; private set; }

    public string Category { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public string? Link { get; private set; }

    public string SourceKey { get; private set; } = "";

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    /// <summary>Marks it read once; reading again keeps the first instant.</summary>
    public void MarkRead(DateTime atUtc) => ReadAtUtc ??= atUtc;

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
