using KyCuong.Calendar;
using KyCuong.Web.Modules.Calendar.Contracts;
using KyCuong.Web.Modules.Calendar.Persistence;
using KyCuong.Web.Platform.Persistence;

namespace KyCuong.Web.Modules.Calendar;

/// <summary>
/// Scoped: the first call in a scope reads the stored version (one-row primary-key query) and takes the cached calendar
/// of that version, rebuilding it if another node changed the data; later calls in the scope reuse that snapshot, so a
/// due date and the version recorded with it always agree.
/// </summary>
internal sealed class CalendarService(AppDbContext db, CalendarCache cache) : ICalendarService
{
    private CalendarSnapshot? _snapshot;

    public async Task<CalendarSnapshot> GetAsync(CancellationToken ct)
    {
        if (_snapshot is not null)
        {
            return _snapshot;
        }

        int stored = await CalendarData.StoredVersionAsync(db, ct);
        _snapshot = await cache.GetAsync(db, stored, ct);
        return _snapshot;
    }

    /// <summary>After an edit in this scope: the next call reads the new version.</summary>
    public void Forget() => _snapshot = null;

    public async Task<int> CalendarVersionAsync(CancellationToken ct) => (await GetAsync(ct)).Version;

    public async Task<DateOnly> DueAfterWorkingDaysAsync(DateOnly from, int days, CancellationToken ct) => (await GetAsync(ct)).DueAfterWorkingDays(from, days);

    public async Task<DateOnly> SameDayOrNextWorkingDayAsync(DateOnly trigger, CancellationToken ct) => (await GetAsync(ct)).SameDayOrNextWorkingDay(trigger);

    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken ct) => (await GetAsync(ct)).IsWorkingDay(date);

    public async Task<DayInfo> DescribeAsync(DateOnly date, CancellationToken ct) => (await GetAsync(ct)).Describe(date);
}
