using System.Text.Json;
using KyCuong.Web.Modules.Notifications.Domain;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>
/// Topic <c>email.notice</c>: sends the e-mail of one inbox entry. A row in <c>ntf_emails</c> under the message's key is
/// written right after the send, so a retry never sends again; if the process dies between the send and that row, the
/// re-send carries the same Message-ID, which mail systems use to drop the duplicate.
/// </summary>
internal sealed class EmailNoticeHandler(AppDbContext db, RecipientLookup recipients, IMailSender mail, IOptions<SmtpOptions> smtpOptions, IOptions<PublicUrlOptions> urls, TimeProvider clock,
    ILogger<EmailNoticeHandler> logger) : IOutboxHandler
{
    public string Topic => DeliveryTopics.EmailNotice;

    public async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        var key = message.IdempotencyKey;
        if (await db.SentEmails.AnyAsync(e => e.IdempotencyKey == key, ct))
        {
            return;
        }

        var payload = JsonSerializer.Deserialize<EmailNoticePayload>(message.PayloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("Thư rỗng. / Empty e-mail payload.");
        var notice = await db.Notifications.AsNoTracking().FirstOrDefaultAsync(n => n.SourceKey == payload.SourceKey, ct)
            ?? throw new InvalidOperationException("Không tìm thấy thông báo của thư. / The notice of this e-mail does not exist.");
        var recipient = await recipients.FindAsync(payload.RecipientUserId, ct);
        var smtp = smtpOptions.Value;
        if (recipient is not { CanReceiveEmail: true } || recipient.ModeFor(notice.Category) != EmailMode.Immediate || !smtp.Enabled)
        {
            // The person lost the address, left, or switched to the digest or to no e-mail before the send: nothing to send.
            logger.LogInformation("E-mail {Key} not sent: no address, inactive account, other e-mail mode or SMTP disabled", key);
            return;
        }

        var rendered = EmailTemplates.Notice(recipient.FullName,
            new EmailTemplates.NoticeItem(notice.Category, notice.Subject, notice.Body, notice.Link, notice.CreatedAtUtc), urls.Value.Root);
        var messageId = MessageIds.For(key, smtp.From);
        await mail.SendAsync(new OutgoingEmail(recipient.Email!, recipient.FullName, rendered.Subject, rendered.Text, rendered.Html, messageId), ct);
        db.SentEmails.Add(new SentEmail(key, recipient.UserId, recipient.Email!, rendered.Subject, messageId, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
