using System.Text.Json;
using KyCuong.Web.Modules.Notifications.Domain;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>Topic <c>email.digest</c>: sends one person's daily digest (key <c>digest:{userId}:{yyyy-MM-dd}</c>), at most once.</summary>
internal sealed class DigestEmailHandler(AppDbContext db, RecipientLookup recipients, IMailSender mail, IOptions<SmtpOptions> smtpOptions, IOptions<PublicUrlOptions> urls, TimeProvider clock,
    ILogger<DigestEmailHandler> logger) : IOutboxHandler
{
    public string Topic => DeliveryTopics.EmailDigest;

    public async Task HandleAsync(OutboxMessage message, CancellationToken ct)
    {
        var key = message.IdempotencyKey;
        if (await db.SentEmails.AnyAsync(e => e.IdempotencyKey == key, ct))
        {
            return;
        }

        var payload = JsonSerializer.Deserialize<DigestPayload>(message.PayloadJson, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("Thư tổng hợp rỗng. / Empty digest payload.");
        var recipient = await recipients.FindAsync(payload.UserId, ct);
        var smtp = smtpOptions.Value;
        if (recipient is not { CanReceiveEmail: true } || !smtp.Enabled)
        {
            logger.LogInformation("Digest {Key} not sent: no address, inactive account or SMTP disabled", key);
            return;
        }

        var notices = await db.Notifications.AsNoTracking()
            .Where(n => n.RecipientUserId == payload.UserId && n.CreatedAtUtc >= payload.FromUtc && n.CreatedAtUtc < payload.ToUtc)
            .OrderBy(n => n.CreatedAtUtc)
            .Select(n => new EmailTemplates.NoticeItem(n.Category, n.Subject, n.Body, n.Link, n.CreatedAtUtc))
            .ToListAsync(ct);

        // Only the categories that go to the digest: those the person set to immediate were sent one by one, those set to
        // none are for the inbox alone.
        notices = notices.Where(n => recipient.ModeFor(n.Category) == EmailMode.Digest).ToList();
        if (notices.Count == 0)
        {
            return;
        }

        var rendered = EmailTemplates.Digest(recipient.FullName, payload.Date, notices, urls.Value.Root);
        var messageId = MessageIds.For(key, smtp.From);
        await mail.SendAsync(new OutgoingEmail(recipient.Email!, recipient.FullName, rendered.Subject, rendered.Text, rendered.Html, messageId), ct);
        db.SentEmails.Add(new SentEmail(key, recipient.UserId, recipient.Email!, rendered.Subject, messageId, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(CancellationToken.None);
    }
}
