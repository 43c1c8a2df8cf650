using System.Globalization;
using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Notifications.Delivery;
using KyCuong.Web.Modules.Notifications.Domain;
using KyCuong.Web.Platform.Jobs;
using KyCuong.Web.Platform.Outbox;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Notifications.Digest;

/// <summary>
/// Once per working day (ICalendarService: no digest on weekends, holidays or days swapped off), from
/// <c>Notifications:DigestHour</c> Vietnam time (default 16:30), enqueues one digest e-mail for each person in digest mode
/// who had notices since the previous digest. The key <c>digest:{userId}:{yyyy-MM-dd}</c> makes a second run a no-op.
/// Runs before the outbox drainer, so the digest goes out in the same run.
/// </summary>
internal sealed class DigestJob(AppDbContext db, IOutbox outbox, ICalendarService calendar, TimeProvider clock, IOptions<NotificationOptions> options) : IBackgroundJob
{
    public string Name => "notifications.digest";

    public int Order => 900;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var hour = options.Value.DigestHour;
        var today = clock.Today();
        var snapshot = await calendar.GetAsync(ct);
        if (!DigestSchedule.IsDue(clock.GetUtcNow(), today, hour, snapshot.IsWorkingDay))
        {
            return 0;
        }

        var (from, to) = DigestSchedule.Window(today, hour, snapshot.IsWorkingDay);
        var fromUtc = from.UtcDateTime;
        var toUtc = to.UtcDateTime;
        var people = await (
                from p in db.NotificationPreferences
                // The default mode is the digest, or some category is set apart to the digest (the handler keeps only
                // the digest's categories, and sends nothing when none is left).
                where (p.EmailMode == EmailMode.Digest || (p.CategoryModes != null && p.CategoryModes.Contains("=" + EmailMode.Digest + ";")))
                    && db.Notifications.Any(n => n.RecipientUserId == p.UserId && n.CreatedAtUtc >= fromUtc && n.CreatedAtUtc < toUtc)
                select p.UserId)
            .ToListAsync(ct);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var keys = people.ToDictionary(u => u, u => $"digest:{u}:{day}");
        var values = keys.Values.ToList();
        var existing = (await db.OutboxMessages.Where(m => values.Contains(m.IdempotencyKey)).Select(m => m.IdempotencyKey).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var added = 0;
        foreach (var (userId, key) in keys)
        {
            if (existing.Contains(key))
            {
                continue;
            }

            outbox.Enqueue(DeliveryTopics.EmailDigest, key, new DigestPayload(userId, today, fromUtc, toUtc));
            added++;
        }

        await db.SaveChangesAsync(ct);
        return added;
    }
}
