using System.Text.Json;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Notifications.Domain;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace KyCuong.Web.Modules.Notifications.Delivery;

/// <summary>
/// Topic <c>notification</c>, a batch at a time (docs/domain.md "Notices", docs/performance.md "Notices in batches"): one
/// read of the recipients and their e-mail modes, the inbox entries of the whole batch and, for each recipient whose mode
/// for the notice's category is immediate, the e-mail as a further outbox message, in one transaction; then one live unread
/// count per recipient. Exactly once per message rests on the database: the inbox entry's <see cref="Notification.SourceKey"/>
/// (the message's idempotency key) and the e-mail message's key are unique, so a message handled again (a retry after a
/// crash, a lease that ran out while another node took it) adds neither twice. A message that cannot be handled (bad
/// payload, unknown recipient, a value the database refuses) fails alone: the batch is then written message by message.
/// </summary>
internal sealed class NotificationBatchHandler(
    AppDbContext db, DatabaseKind database, IOutbox outbox, RecipientLookup recipients, UnreadCounter unread, TimeProvider clock,
    IOptionsSnapshot<NotificationOptions> options, ILogger<NotificationBatchHandler> logger) : IOutboxBatchHandler
{
    public string Topic => NotificationTopics.Notification;

    public int BatchSize => options.Value.BatchSize;

    /// <summary>Batches on several connections at once: nothing is kept between batches, and the unique keys make a repeat a no-op.</summary>
    public bool Parallel => true;

    /// <summary>
    /// A handled notice leaves the outbox: its inbox entry, unique on the message's key, is the record, and exactly once rests
    /// on that key, not on the outbox row (docs/domain.md "Notices").
    /// </summary>
    public bool DeleteWhenDone => true;

    /// <summary>One notice ready to write: its inbox entry and, when the person gets it by e-mail at once, the e-mail's key.</summary>
    private sealed record Item(OutboxMessage Message, Notification Notice, string? EmailKey);

    public async Task<IReadOnlyDictionary<Guid, string?>> HandleBatchAsync(IReadOnlyList<OutboxMessage> messages, CancellationToken ct)
    {
        var outcomes = new Dictionary<Guid, string?>(messages.Count);
        var parsed = new List<(OutboxMessage Message, NotificationPayload Payload)>(messages.Count);
        foreach (var m in messages)
        {
            var (payload, error) = Parse(m);
            if (error is not null)
            {
                outcomes[m.Id] = error;
            }
            else
            {
                parsed.Add((m, payload!));
            }
        }

        var people = await recipients.FindManyAsync(parsed.Select(p => p.Payload.RecipientUserId), ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = new List<Item>(parsed.Count);
        foreach (var (m, p) in parsed)
        {
            if (!people.TryGetValue(p.RecipientUserId, out var person))
            {
                outcomes[m.Id] = $"Không tìm thấy người nhận {p.RecipientUserId}. / No such recipient {p.RecipientUserId}.";
                continue;
            }

            var notice = new Notification(Guid.CreateVersion7(), p.RecipientUserId, p.Category, p.Subject.Normalize(), (p.Body ?? "").Normalize(), p.Link,
                m.IdempotencyKey, now);

            // docs/domain.md §6 "Every step told": e-mail per the person's preferences, the category's own mode first.
            var byEmail = person.CanReceiveEmail && person.ModeFor(notice.Category) == EmailMode.Immediate && recipients.SmtpEnabled;
            items.Add(new Item(m, notice, byEmail ? MessageIds.Key("email:", m.IdempotencyKey) : null));
        }

        var written = new List<Item>(items.Count);
        var arrived = new List<Guid>(items.Count);
        if (items.Count > 0)
        {
            try
            {
                arrived.AddRange(await WriteAsync(items, ct));
                written.AddRange(items);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
            {
                // One bad notice must not hold back the others: each alone, so only the bad one fails.
                logger.LogWarning(ex, "A batch of {Count} notices could not be written at once; writing them one by one", items.Count);
                Forget();
                foreach (var item in items)
                {
                    try
                    {
                        arrived.AddRange(await WriteAsync([item], ct));
                        written.Add(item);
                    }
                    catch (Exception one) when (one is not OperationCanceledException || !ct.IsCancellationRequested)
                    {
                        Forget();
                        outcomes[item.Message.Id] = $"{one.GetType().Name}: {one.InnerException?.Message ?? one.Message}";
                    }
                }
            }
        }

        foreach (var item in written)
        {
            outcomes[item.Message.Id] = null;
        }

        // After the writes' commits, one push per person with the number of notices that reached their inbox (a message
        // delivered again after a lost lease adds no entry, so it adds nothing to the badge either).
        unread.PushArrivals(arrived);
        return outcomes;
    }

    private static (NotificationPayload? Payload, string? Error) Parse(OutboxMessage m)
    {
        NotificationPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<NotificationPayload>(m.PayloadJson, JsonSerializerOptions.Web);
        }
        catch (JsonException ex)
        {
            return (null, $"Nội dung thông báo không đọc được. / Unreadable notification payload: {ex.Message}");
        }

        if (payload is null)
        {
            return (null, "Thông báo rỗng. / Empty notification payload.");
        }

        if (payload.RecipientUserId == Guid.Empty || string.IsNullOrWhiteSpace(payload.Subject) || string.IsNullOrWhiteSpace(payload.Category))
        {
            return (null, "Thông báo thiếu người nhận, loại hoặc tiêu đề. / Notification without recipient, category or subject.");
        }

        return (payload, null);
    }

    /// <summary>
    /// The inbox entries and e-mail messages of <paramref name="items"/> in one transaction; entries and e-mails that already
    /// exist under their keys are left as they are.
    /// </summary>
    /// <summary>Writes the entries (and queues their e-mails) in one transaction; answers the recipient of each entry it added.</summary>
    private async Task<IReadOnlyList<Guid>> WriteAsync(IReadOnlyList<Item> items, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        IReadOnlyList<Guid> added;
        if (database.IsPostgres)
        {
            added = await InsertPostgresAsync(items, ct);
        }
        else
        {
            var keys = items.Select(i => i.Notice.SourceKey).ToList();
            var existing = (await db.Notifications.AsNoTracking().Where(n => keys.Contains(n.SourceKey)).Select(n => n.SourceKey).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
            var fresh = items.Where(i => !existing.Contains(i.Notice.SourceKey)).Select(i => i.Notice).ToList();
            db.Notifications.AddRange(fresh);
            added = fresh.ConvertAll(n => n.RecipientUserId);
        }

        var emailKeys = items.Where(i => i.EmailKey is not null).Select(i => i.EmailKey!).ToList();
        if (emailKeys.Count > 0)
        {
            var queued = (await db.OutboxMessages.AsNoTracking().Where(m => emailKeys.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(ct))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var item in items.Where(i => i.EmailKey is not null && !queued.Contains(i.EmailKey)))
            {
                outbox.Enqueue(DeliveryTopics.EmailNotice, item.EmailKey!, new EmailNoticePayload(item.Notice.RecipientUserId, item.Notice.SourceKey));
            }
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return added;
    }

    /// <summary>One statement for the batch's entries; the unique source key makes a repeated one a no-op. Answers the recipients of the rows added.</summary>
    private async Task<IReadOnlyList<Guid>> InsertPostgresAsync(IReadOnlyList<Item> items, CancellationToken ct)
    {
        var n = items.Select(i => i.Notice).ToList();
        NpgsqlParameter Column<T>(string name, NpgsqlDbType type, Func<Notification, T> value) =>
            new(name, NpgsqlDbType.Array | type) { Value = n.Select(value).ToArray() };
        // Not composed, so Entity Framework sends the statement as written (an INSERT … RETURNING, not a SELECT to wrap).
        return await db.Database.SqlQueryRaw<Guid>(
            """
            INSERT INTO ntf_notifications ("Id", "RecipientUserId", "Category", "Subject", "Body", "Link", "SourceKey", "CreatedAtUtc")
            SELECT * FROM unnest(@id, @recipient, @category, @subject, @body, @link, @key, @created)
            ON CONFLICT ("SourceKey") DO NOTHING
            RETURNING "RecipientUserId" AS "Value"
            """,
            [
                Column("id", NpgsqlDbType.Uuid, x => x.Id), Column("recipient", NpgsqlDbType.Uuid, x => x.RecipientUserId),
                Column("category", NpgsqlDbType.Varchar, x => x.Category), Column("subject", NpgsqlDbType.Varchar, x => x.Subject),
                Column("body", NpgsqlDbType.Varchar, x => x.Body), Column("link", NpgsqlDbType.Varchar, x => x.Link),
                Column("key", NpgsqlDbType.Varchar, x => x.SourceKey), Column("created", NpgsqlDbType.TimestampTz, x => x.CreatedAtUtc),
            ]).ToListAsync(ct);
    }

    /// <summary>Drops what a failed write left in the context, so the next write starts clean.</summary>
    private void Forget()
    {
        foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList())
        {
            entry.State = EntityState.Detached;
        }
    }
}
