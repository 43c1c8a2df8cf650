using KyCuong.Calendar;

namespace KyCuong.Web.Modules.Calendar.Contracts;

/// <summary>
/// One immutable version of the working calendar: the statutory rules (Labour Code 2019 art. 112) plus the holiday rules
/// and yearly decisions stored in the database at <see cref="Version"/>. Take one snapshot per unit of work, compute the
/// deadline with it and record that version in the ledger, so "which calendar gave this date" is always known.
/// </summary>
public sealed class CalendarSnapshot(int version, WorkingCalendar calendar)
{
    /// <summary>The calendar version: increases with every change of a rule or a yearly decision.</summary>
    public int Version { get; } = version;

    public WorkingCalendar Calendar { get; } = calendar;

    /// <summary>
    /// "N working days" from a trigger (Civil Code 2015 art. 147.2: the first day is not counted; docs/domain.md §7: received
    /// Thu 29 Jan 2026 + 2 working days → due Mon 2 Feb 2026, overdue after the end of that day).
    /// </summary>
    public DateOnly DueAfterWorkingDays(DateOnly from, int days) => Calendar.AddWorkingDays(from, days);

    /// <summary>"In the day, at the latest the next working day" (docs/domain.md §7): the next working day after the trigger.</summary>
    public DateOnly SameDayOrNextWorkingDay(DateOnly trigger) => Calendar.SameDayOrNextWorkingDay(trigger);

    public bool IsWorkingDay(DateOnly date) => Calendar.IsWorkingDay(date);

    public DayInfo Describe(DateOnly date) => Calendar.Describe(date);

    /// <summary>Working days after <paramref name="fromExclusive"/> up to and including <paramref name="toInclusive"/>.</summary>
    public int CountWorkingDays(DateOnly fromExclusive, DateOnly toInclusive) => Calendar.CountWorkingDays(fromExclusive, toInclusive);

    /// <summary>
    /// A deadline given as a date that falls on a day off (weekend, holiday, compensatory or swapped day off) ends at the
    /// end of the next working day (Civil Code 2015 art. 148(5); docs/domain.md §7). A weekend day worked by a swap stays.
    /// </summary>
    public DateOnly OnWorkingDay(DateOnly deadline) =>
        deadline < Calendar.FirstDate || deadline > Calendar.LastDate || deadline.DayNumber > Calendar.LastDate.DayNumber - 14
            ? deadline // outside or at the very end of the computed calendar (2100): no later working day to move to
            : Calendar.NextWorkingDayOnOrAfter(deadline);

    /// <summary>A period in days (Civil Code 2015 arts. 147–148: a last day off moves to the next working day).</summary>
    public DateOnly AddCalendarDays(DateOnly from, int days) => Calendar.AddCalendarDays(from, days);
}
