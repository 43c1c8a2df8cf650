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

    /// <summary>A step of a task was handed to the recipient (docs/domain.md §6).</summary>
    public const string HandOff = "handOff";

    /// <summary>The lead unit returned a task as outside its competence (docs/domain.md §9): the assigner must re-route it.</summary>
    public const string TaskReturned = "taskReturned";

    /// <summary>A task was re-routed to another lead unit (docs/domain.md §9).</summary>
    public const string TaskRerouted = "taskRerouted";

    /// <summary>An extension was requested (to the one who decides) or decided (to the requester), docs/domain.md §6.</summary>
    public const string Extension = "extension";

    /// <summary>A completed task was opened again.</summary>
    public const string TaskReopened = "taskReopened";

    /// <summary>The recipient's unit was named a coordinating unit of a task.</summary>
    public const string Coordination = "coordination";

    /// <summary>An incoming document was presented to the recipient for direction (Nghị định 30/2020/NĐ-CP art. 24).</summary>
    public const string DocumentPresented = "documentPresented";

    /// <summary>The holder reported a task done: the assigning side reviews the result (docs/domain.md §6).</summary>
    public const string TaskCompleted = "taskCompleted";

    /// <summary>The assigning side reviewed a result: met, not met, or sent back (docs/domain.md §6).</summary>
    public const string TaskReviewed = "taskReviewed";
}

/// <summary>How modules notify people: the notice goes into the outbox in the caller's unit of work (same SaveChanges).</summary>
public interface INotifier
{
    void Notify(NotificationRequest request);
}
