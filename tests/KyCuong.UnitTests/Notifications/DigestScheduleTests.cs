using KyCuong.Web.Modules.Notifications.Domain;

namespace KyCuong.UnitTests.Notifications;

public sealed class DigestScheduleTests
{
    private static readonly TimeOnly Hour = new(16, 30);

    // Weekends only: enough for the window arithmetic; the job itself asks ICalendarService (holidays are tested end to end).
    private static bool Weekday(DateOnly d) => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private static DateTimeOffset Vn(int y, int m, int d, int h, int min) => new(y, m, d, h, min, 0, TimeSpan.FromHours(7));

    [Fact]
    public void IsDue_WorkingDayBeforeTheHour_False() =>
        DigestSchedule.IsDue(Vn(2026, 2, 3, 16, 29), new DateOnly(2026, 2, 3), Hour, Weekday).ShouldBeFalse();

    [Fact]
    public void IsDue_WorkingDayAtTheHour_True() =>
        DigestSchedule.IsDue(Vn(2026, 2, 3, 16, 30), new DateOnly(2026, 2, 3), Hour, Weekday).ShouldBeTrue();

    [Fact]
    public void IsDue_Sunday_False() =>
        DigestSchedule.IsDue(Vn(2026, 2, 8, 17, 0), new DateOnly(2026, 2, 8), Hour, Weekday).ShouldBeFalse();

    [Fact]
    public void Window_Tuesday_FromMondayHourToTuesdayHour()
    {
        var (from, to) = DigestSchedule.Window(new DateOnly(2026, 2, 3), Hour, Weekday);
        from.ShouldBe(Vn(2026, 2, 2, 16, 30));
        to.ShouldBe(Vn(2026, 2, 3, 16, 30));
    }

    [Fact]
    public void Window_Monday_CarriesTheWeekendFromFriday()
    {
        var (from, _) = DigestSchedule.Window(new DateOnly(2026, 2, 9), Hour, Weekday);
        from.ShouldBe(Vn(2026, 2, 6, 16, 30));
    }

    [Fact]
    public void Window_AfterTet_CarriesTheHolidayFromTheLastWorkingDay()
    {
        // docs/domain.md §7: Tết 2026 is Mon 16 – Fri 20 Feb; the first working day after it is Mon 23 Feb.
        var calendar = WorkingCalendarFor2026();
        var (from, _) = DigestSchedule.Window(new DateOnly(2026, 2, 23), Hour, calendar);
        from.ShouldBe(Vn(2026, 2, 13, 16, 30));
    }

    private static Func<DateOnly, bool> WorkingCalendarFor2026() =>
        d => Weekday(d) && !(d >= new DateOnly(2026, 2, 16) && d <= new DateOnly(2026, 2, 20));
}
