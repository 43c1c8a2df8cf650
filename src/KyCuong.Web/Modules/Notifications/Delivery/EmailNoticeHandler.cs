using System.Text.Json;
using KyCuong.Web.Modules.Notifications.Domain;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>
/// Topic <c>email.notice</c>, a batch at a time: the e-mails of inbox entries, sent at once over the SMTP pool (as many in
/// flight as <see cref="SmtpOptions.MaxConnections"/>, within <see cref="SmtpOptions.MaxMessagesPerSecond"/>). One read of
/// the batch's sent records, notices and recipients; a row in <c>ntf_emails</c> under each message's key is written with the
/// batch's outcomes, so a retry never sends again; if the process dies between a send and that row, the re-send carries the
/// same Message-ID, which mail systems use to drop the duplicate. A send that fails fails its message alone.
/// </summary>
internal sealed class EmailNoticeHandler(AppDbContext db, RecipientLookup recipients, IMailSender mail, IOptions<SmtpOptions> smtpOptions, IOptions<PublicUrlOptions> urls, TimeProvider clock,
    ILogger<EmailNoticeHandler> logger) : IOutboxBatchHandler
{
    public string Topic => DeliveryTopics.EmailNotice;

    /// <summary>Enough to keep every pooled connection busy, few enough that a crash re-sends little.</summary>
    public int BatchSize => smtpOptions.Value.MaxConnections * 4;

    public async Task<IReadOnlyDictionary<Guid, string?>> HandleBatchAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        var outcomes = new Dictionary<Guid, string?>(messages.Count);
        var keys = messages.Select(m => m.IdempotencyKey).ToList();
        var sent = (await db.SentEmails.AsNoTracking().Where(e => keys.Contains(e.IdempotencyKey)).Select(e => e.IdempotencyKey).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        var waiting = new List<(OutboxMessage Message, EmailNoticePayload Payload)>();
        foreach (var m in messages)
        {
            if (sent.Contains(m.IdempotencyKey))
            {
                outcomes[m.Id] = null;
                continue;
            }

            EmailNoticePayload? payload;
            try
            {
                payload = JsonSerializer.Deserialize<EmailNoticePayload>(m.PayloadJson, JsonSerializerOptions.Web);
            }
            catch (JsonException ex)
            {
                logger.LogWarning(ex, "E-mail {Key}: unreadable payload", m.IdempotencyKey);
                payload = null;
            }

            if (payload is null || string.IsNullOrEmpty(payload.SourceKey))
            {
                outcomes[m.Id] = "Thư rỗng hoặc không đọc được. / Empty or unreadable e-mail payload.";
            }
            else
            {
                waiting.Add((m, payload));
            }
        }

        var sourceKeys = waiting.Select(w => w.Payload.SourceKey).Distinct().ToList();
        var notices = await db.Notifications.AsNoTracking().Where(n => sourceKeys.Contains(n.SourceKey)).ToDictionaryAsync(n => n.SourceKey, StringComparer.Ordinal, ct);
        var people = await recipients.FindManyAsync(waiting.Select(w => w.Payload.RecipientUserId), ct);
        var smtp = smtpOptions.Value;
        var sends = new List<Task<(Guid MessageId, SentEmail? Sent, string? Error)>>();
        foreach (var (m, payload) in waiting)
        {
            if (!notices.TryGetValue(payload.SourceKey, out var notice))
            {
                outcomes[m.Id] = "Không tìm thấy thông báo của thư. / The notice of this e-mail does not exist.";
                continue;
            }

            if (!people.TryGetValue(payload.RecipientUserId, out var recipient) || !recipient.CanReceiveEmail
                || recipient.ModeFor(notice.Category) != EmailMode.Immediate || !smtp.Enabled)
            {
                // The person lost the address, left, or switched to the digest or to no e-mail before the send: nothing to send.
                logger.LogInformation("E-mail {Key} not sent: no address, inactive account, other e-mail mode or SMTP disabled", m.IdempotencyKey);
                outcomes[m.Id] = null;
                continue;
            }

            sends.Add(SendAsync(m, notice, recipient, smtp, ct));
        }

        foreach (var (messageId, record, error) in await Task.WhenAll(sends))
        {
            if (record is not null)
            {
                db.SentEmails.Add(record);
            }

            outcomes[messageId] = error;
        }

        return outcomes;
    }

    private async Task<(Guid MessageId, SentEmail? Sent, string? Error)> SendAsync(
        OutboxMessage m, Notification notice, RecipientLookup.Recipient recipient, SmtpOptions smtp, CancellationToken ct)
    {
        var rendered = EmailTemplates.Notice(recipient.FullName,
            new EmailTemplates.NoticeItem(notice.Category, notice.Subject, notice.Body, notice.Link, notice.CreatedAtUtc), urls.Value.Root);
        var messageId = MessageIds.For(m.IdempotencyKey, smtp.From);
        try
        {
            await mail.SendAsync(new OutgoingEmail(recipient.Email!, recipient.FullName, rendered.Subject, rendered.Text, rendered.Html, messageId), ct);
            return (m.Id, new SentEmail(m.IdempotencyKey, recipient.UserId, recipient.Email!, rendered.Subject, messageId, clock.GetUtcNow().UtcDateTime), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(ex, "E-mail {Key} not sent", m.IdempotencyKey);
            return (m.Id, null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}
