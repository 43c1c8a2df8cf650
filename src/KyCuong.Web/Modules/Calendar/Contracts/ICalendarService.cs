using KyCuong.Calendar;

namespace KyCuong.Web.Modules.Calendar.Contracts;

/// <summary>
/// The current Vietnamese working calendar, built from the stored rules and decisions and cached in memory.
/// Freshness across nodes: each scope (HTTP request, job run) reads the stored version number once with a one-row
/// primary-key query and rebuilds the cached calendar (under 1 ms) when another node changed it, so every node uses
/// the new calendar from the first request after the edit commits. The snapshot is then fixed for the rest of the scope.
/// </summary>
public interface ICalendarService
{
    /// <summary>The calendar for this scope (the same instance for every call in one request).</summary>
    Task<CalendarSnapshot> GetAsync(CancellationToken ct);

    /// <summary>The current calendar version.</summary>
    Task<int> CalendarVersionAsync(CancellationToken ct);

    /// <inheritdoc cref="CalendarSnapshot.DueAfterWorkingDays"/>
    Task<DateOnly> DueAfterWorkingDaysAsync(DateOnly from, int days, CancellationToken ct);

    /// <inheritdoc cref="CalendarSnapshot.SameDayOrNextWorkingDay"/>
    Task<DateOnly> SameDayOrNextWorkingDayAsync(DateOnly trigger, CancellationToken ct);

    Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken ct);

    Task<DayInfo> DescribeAsync(DateOnly date, CancellationToken ct);
}
