using KyCuong.Web.Platform.Auditing;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Platform.Outbox;

/// <summary>What administrators see of the outbox (pending and failed messages) and the "retry now" of a failed one.</summary>
internal sealed class OutboxAdmin(AppDbContext db, AuditLog audit, TimeProvider clock, IOptions<OutboxOptions> options)
{
    public const string AuditEntity = "outbox";

    /// <summary>
    /// <paramref name="Processed"/> counts the processed messages still kept: handled notices leave the outbox at once (their
    /// inbox entry is the record) and the others are purged after <paramref name="RetainProcessedDays"/> days (<see cref="OutboxPurge"/>).
    /// </summary>
    public sealed record Counts(int Pending, int Retrying, int Failed, int Processed, int RetainProcessedDays);

    public async Task<Counts> CountAsync(CancellationToken ct)
    {
        var pending = await db.OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null && m.FailedAtUtc == null, ct);
        var retrying = await db.OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null && m.FailedAtUtc == null && m.Attempts > 0, ct);
        var failed = await db.OutboxMessages.CountAsync(m => m.FailedAtUtc != null && m.ProcessedAtUtc == null, ct);
        var processed = await db.OutboxMessages.CountAsync(m => m.ProcessedAtUtc != null, ct);
        return new Counts(pending, retrying, failed, processed, options.Value.RetainProcessedDays);
    }

    /// <summary>Failed messages first, then pending ones that already failed at least once, then the other pending ones.</summary>
    public async Task<(IReadOnlyList<OutboxMessage> Items, int Total)> ListAsync(bool failedOnly, int page, int pageSize, CancellationToken ct)
    {
        var open = db.OutboxMessages.AsNoTracking().Where(m => m.ProcessedAtUtc == null);
        if (failedOnly)
        {
            open = open.Where(m => m.FailedAtUtc != null);
        }

        var total = await open.CountAsync(ct);
        var items = await open.OrderBy(m => m.FailedAtUtc == null).ThenByDescending(m => m.Attempts).ThenBy(m => m.AvailableAtUtc).ThenBy(m => m.Id)
            .Skip((Math.Max(1, page) - 1) * pageSize).Take(pageSize).ToListAsync(ct);
        return (items, total);
    }

    /// <summary>"Gửi lại": a failed message gets a fresh set of attempts, due now; audited. False when it is not failed (any more).</summary>
    public async Task<bool> RetryAsync(Guid id, CancellationToken ct)
    {
        var message = await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, ct)
            ?? throw new NotFoundException("Không tìm thấy thông điệp. / Outbox message not found.");
        if (message.FailedAtUtc is null || message.ProcessedAtUtc is not null)
        {
            return false;
        }

        audit.Record(AuditEntity, message.Id, "retried", new { message.Topic, message.IdempotencyKey, message.Attempts, message.LastError });
        message.FailedAtUtc = null;
        message.Attempts = 0;
        message.AvailableAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        return true;
    }
}
