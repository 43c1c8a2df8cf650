using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Platform.Outbox;

namespace KyCuong.Web.Modules.Notifications;

/// <summary>A notice is an outbox message in the caller's unit of work; the drainer makes the inbox entry and the e-mail.</summary>
internal sealed class Notifier(IOutbox outbox) : INotifier
{
    public void Notify(NotificationRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Subject);
        outbox.Enqueue(NotificationTopics.Notification, request.IdempotencyKey,
            new NotificationPayload(request.RecipientUserId, request.Category, request.Subject, request.Body, request.Link));
    }
}
