namespace KyCuong.Web.Modules.Notifications.Contracts;

/// <summary>
/// A notice to one person: the inbox entry, the live unread count and (unless the person chose the daily digest) an
/// e-mail. Text is Vietnamese first. <paramref name="IdempotencyKey"/> names the effect (e.g. <c>chase:{taskId}:{step}</c>):
/// the same key never notifies twice.
/// </summary>
public sealed record NotificationRequest(
    Guid RecipientUserId,
    string Category,
    string Subject,
    string Body,
    string? Link,
    string IdempotencyKey);

/// <summary>
/// The payload of an outbox message of topic <see cref="NotificationTopics.Notification"/>, serialised with
/// <c>JsonSerializerDefaults.Web</c>. Bulk writers (the deadline sweep) write it straight into <c>sys_outbox</c>.
/// </summary>
public sealed record NotificationPayload(Guid RecipientUserId, string Category, string Subject, string Body, string? Link);

public static class NotificationTopics
{
    public const string Notification = "notification";
}

/// <summary>Categories shown in the inbox and used by the digest to group notices.</summary>
public static class NotificationCategories
{
    public const string Reminder = "reminder";
    public const string Overdue = "overdue";
    public const string Escalation = "escalation";
    public const string ManualReminder = "manualReminder";
    public const string TransferReview = "transferReview";
    public const string Consultation = "consultation";
    public const string Submission = "submission";
    public const string Task = "task";
}

/// <summary>How modules notify people: the notice goes into the outbox in the caller's unit of work (same SaveChanges).</summary>
public interface INotifier
{
    void Notify(NotificationRequest request);
}
