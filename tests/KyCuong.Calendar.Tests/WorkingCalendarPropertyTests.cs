using FsCheck;
using FsCheck.Fluent;
using KyCuong.Calendar;

namespace KyCuong.Calendar.Tests;

public sealed class WorkingCalendarPropertyTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    // 1950–2090 keeps every result well inside the 1900–2100 range.
    private static readonly Gen<DateOnly> Dates =
        Gen.Choose(new DateOnly(1950, 1, 1).DayNumber, new DateOnly(2090, 12, 31).DayNumber).Select(DateOnly.FromDayNumber);

    private static readonly Gen<int> Offsets = Gen.Choose(0, 2000);

    private static readonly Arbitrary<(DateOnly Date, int Days)> DateAndDays = Gen.Zip(Dates, Offsets).ToArbitrary();

    private static readonly Config Runs = Config.QuickThrowOnFailure.WithMaxTest(2000);

    [Fact]
    public void AddWorkingDays_AnyDateAndCount_LandsOnWorkingDay() =>
        Prop.ForAll(DateAndDays, x => Calendar.IsWorkingDay(Calendar.AddWorkingDays(x.Date, x.Days)))
            .Check(Runs);

    [Fact]
    public void CountWorkingDays_OfAddWorkingDays_ReturnsTheCount() =>
        Prop.ForAll(DateAndDays, x =>
        {
            int n = Math.Max(1, x.Days);
            return Calendar.CountWorkingDays(x.Date, Calendar.AddWorkingDays(x.Date, n)) == n;
        }).Check(Runs);

    [Fact]
    public void AddWorkingDays_ZeroOnWorkingDay_CountsZero() =>
        Prop.ForAll(Dates.ToArbitrary(), d =>
        {
            var working = Calendar.NextWorkingDayOnOrAfter(d);
            return Calendar.AddWorkingDays(working, 0) == working && Calendar.CountWorkingDays(working, Calendar.AddWorkingDays(working, 0)) == 0;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void AddWorkingDays_LargerCount_IsLaterAndStrictlyLaterFromOneDay() =>
        // From 0 to 1 on a non-working day both give the next working day (0 is documented as
        // "that day or the next working day"), so strictness holds from n = 1.
        Prop.ForAll(DateAndDays, x =>
            Calendar.AddWorkingDays(x.Date, x.Days) <= Calendar.AddWorkingDays(x.Date, x.Days + 1)
            && Calendar.AddWorkingDays(x.Date, x.Days + 1) < Calendar.AddWorkingDays(x.Date, x.Days + 2))
            .Check(Runs);

    [Fact]
    public void AddWorkingDays_LaterStart_IsNotEarlier() =>
        Prop.ForAll(Gen.Zip(DateAndDays.Generator, Gen.Choose(0, 60)).ToArbitrary(), x =>
        {
            var ((date, days), shift) = x;
            return Calendar.AddWorkingDays(date, days) <= Calendar.AddWorkingDays(date.AddDays(shift), days);
        }).Check(Runs);

    [Fact]
    public void AddWorkingDays_SmallCounts_MatchesDayByDayCount() =>
        Prop.ForAll(Gen.Zip(Dates, Gen.Choose(1, 60)).ToArbitrary(), x =>
        {
            var (date, days) = x;
            var day = date;
            for (int left = days; left > 0;)
            {
                day = day.AddDays(1);
                if (Calendar.IsWorkingDay(day))
                {
                    left--;
                }
            }

            return Calendar.AddWorkingDays(date, days) == day;
        }).Check(Runs);

    [Fact]
    public void AddCalendarDays_AnyPeriod_EndsOnWorkingDayNoEarlierThanTheLastDay() =>
        Prop.ForAll(DateAndDays, x =>
        {
            var end = Calendar.AddCalendarDays(x.Date, x.Days);
            return Calendar.IsWorkingDay(end) && end >= x.Date.AddDays(x.Days) && Calendar.PreviousWorkingDayOnOrBefore(end.AddDays(-1)) < x.Date.AddDays(x.Days);
        }).Check(Runs);

    [Fact]
    public void FromSolar_AnyDate_RoundTripsThroughToSolar() =>
        Prop.ForAll(Dates.ToArbitrary(), d => VietnameseLunarCalendar.ToSolar(VietnameseLunarCalendar.FromSolar(d)) == d)
            .QuickCheckThrowOnFailure();
}
