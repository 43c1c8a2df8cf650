using System.Globalization;
using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Calendar.Domain;
using KyCuong.Web.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Calendar;

internal sealed class DeadlineLedger(AppDbContext db, ICalendarService calendar, TimeProvider clock) : IDeadlineLedger
{
    public async Task RecordAsync(string ownerType, Guid ownerId, DateOnly trigger, int workingDays, DateOnly due, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerType);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ownerType.Length, 40, nameof(ownerType));
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var snapshot = await calendar.GetAsync(ct);
        var expected = snapshot.DueAfterWorkingDays(trigger, workingDays);
        if (expected != due)
        {
            // The ledger re-computes from (trigger, days); a date it would not give would "move" at the next re-computation.
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"{trigger:yyyy-MM-dd} + {workingDays} working days is {expected:yyyy-MM-dd} under calendar version {snapshot.Version}, not {due:yyyy-MM-dd}."), nameof(due));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await FindAsync(ownerType, ownerId, ct);
        if (existing is null)
        {
            db.CalendarDeadlines.Add(new LedgerDeadline(Guid.CreateVersion7(), ownerType, ownerId, trigger, workingDays, due, snapshot.Version, now));
        }
        else
        {
            existing.Set(trigger, workingDays, due, snapshot.Version, now);
        }
    }

    public async Task RemoveAsync(string ownerType, Guid ownerId, CancellationToken ct)
    {
        if (await FindAsync(ownerType, ownerId, ct) is { } existing)
        {
            db.CalendarDeadlines.Remove(existing);
        }
    }

    private async Task<LedgerDeadline?> FindAsync(string ownerType, Guid ownerId, CancellationToken ct) =>
        db.CalendarDeadlines.Local.FirstOrDefault(d => d.OwnerType == ownerType && d.OwnerId == ownerId)
        ?? await db.CalendarDeadlines.FirstOrDefaultAsync(d => d.OwnerType == ownerType && d.OwnerId == ownerId, ct);
}
