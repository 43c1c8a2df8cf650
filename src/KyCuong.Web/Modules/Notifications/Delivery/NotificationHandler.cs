using System.Text.Json;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Notifications.Domain;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>
/// Topic <c>notification</c>: makes the inbox entry and, for a person in immediate mode with an e-mail address, the e-mail
/// as a further outbox message — both in one SaveChanges, each keyed by the notice's idempotency key, so a retry after a
/// crash adds neither twice; then pushes the new unread count. The e-mail is its own message so that a mail server that is
/// down delays only the e-mail, never the inbox entry.
/// </summary>
internal sealed class NotificationHandler(AppDbContext db, IOutbox outbox, RecipientLookup recipients, UnreadCounter unread, TimeProvider clock) : IOutboxHandler
{
    public string Topic => NotificationTopics.Notification;

    public async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        var payload = JsonSerializer.Deserialize<NotificationPayload>(message.PayloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("Thông báo rỗng. / Empty notification payload.");
        if (payload.RecipientUserId == Guid.Empty || string.IsNullOrWhiteSpace(payload.Subject))
        {
            throw new InvalidOperationException("Thông báo thiếu người nhận hoặc tiêu đề. / Notification without recipient or subject.");
        }

        var key = message.IdempotencyKey;
        if (!await db.Notifications.AnyAsync(n => n.SourceKey == key, ct))
        {
            db.Notifications.Add(new Notification(Guid.CreateVersion7(), payload.RecipientUserId, payload.Category, payload.Subject.Normalize(),
                (payload.Body ?? "").Normalize(), payload.Link, key, clock.GetUtcNow().UtcDateTime));
        }

        var recipient = await recipients.FindAsync(payload.RecipientUserId, ct);
        var emailKey = MessageIds.Key("email:", key);
        if (recipient is { CanReceiveEmail: true } && recipient.ModeFor(payload.Category) == EmailMode.Immediate && recipients.SmtpEnabled
            && !await db.OutboxMessages.AnyAsync(m => m.IdempotencyKey == emailKey, ct))
        {
            outbox.Enqueue(DeliveryTopics.EmailNotice, emailKey, new EmailNoticePayload(payload.RecipientUserId, key));
        }

        await db.SaveChangesAsync(ct);
        await unread.PushAsync(payload.RecipientUserId, ct);
    }
}
