using KyCuong.Calendar;

namespace KyCuong.Calendar.Tests;

public sealed class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(1968, "1968-01-29")]
    [InlineData(1985, "1985-01-21")] // China: 20 Feb (a leap-month difference)
    [InlineData(2007, "2007-02-17")] // China: 18 Feb
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2030, "2030-02-02")] // China: 3 Feb
    [InlineData(2034, "2034-02-19")] // after the leap month 11 of 2033
    [InlineData(2053, "2053-02-18")] // China: 19 Feb
    public void NewYear_KnownVietnameseTet_MatchesPublishedDate(int lunarYear, string expected) =>
        VietnameseLunarCalendar.NewYear(lunarYear).ShouldBe(DateOnly.Parse(expected));

    [Fact]
    public void FromSolar_TetDay2026_IsFirstDayOfFirstMonth() =>
        VietnameseLunarCalendar.FromSolar(new DateOnly(2026, 2, 17)).ShouldBe(new LunarDate(2026, 1, 1, false));

    [Fact]
    public void FromSolar_LastDayBeforeTet2026_IsLastDayOfMonth12Of2025()
    {
        var lunar = VietnameseLunarCalendar.FromSolar(new DateOnly(2026, 2, 16));
        lunar.Year.ShouldBe(2025);
        lunar.Month.ShouldBe(12);
        lunar.IsLeapMonth.ShouldBeFalse();
        lunar.Day.ShouldBe(VietnameseLunarCalendar.MonthLength(2025, 12));
    }

    [Fact]
    public void FromSolar_Tet2025HolidayStart_Is26thOfMonth12() =>
        // The 2025 notice: 25 Jan 2025 is 26 tháng Chạp Giáp Thìn, 2 Feb is mùng 5 tháng Giêng Ất Tỵ.
        (VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 1, 25)), VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 2, 2)))
            .ShouldBe((new LunarDate(2024, 12, 26, false), new LunarDate(2025, 1, 5, false)));

    [Theory]
    [InlineData(2009, "2009-04-04")] // China: 5 Apr
    [InlineData(1975, "1975-04-20")] // China: 21 Apr
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void ToSolar_HungKingsDay_MatchesVietnameseDate(int year, string expected) =>
        VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10, false)).ShouldBe(DateOnly.Parse(expected));

    [Theory]
    [InlineData(2020, 4, "2020-05-23")]
    [InlineData(2023, 2, "2023-03-22")]
    [InlineData(2025, 6, "2025-07-25")]
    [InlineData(2033, 11, "2033-12-22")] // the "2033 problem": Vietnam's leap month is 11
    public void LeapMonth_KnownLeapYears_ReturnsMonthAndStart(int year, int leapMonth, string leapStart)
    {
        VietnameseLunarCalendar.LeapMonth(year).ShouldBe(leapMonth);
        VietnameseLunarCalendar.ToSolar(new LunarDate(year, leapMonth, 1, true)).ShouldBe(DateOnly.Parse(leapStart));
        VietnameseLunarCalendar.FromSolar(DateOnly.Parse(leapStart)).ShouldBe(new LunarDate(year, leapMonth, 1, true));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2026)]
    [InlineData(2034)]
    public void LeapMonth_CommonYear_ReturnsZero(int year) => VietnameseLunarCalendar.LeapMonth(year).ShouldBe(0);

    [Fact]
    public void ToSolar_LeapFlagOnNonLeapMonth_Throws() =>
        Should.Throw<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2025, 5, 1, true)));

    [Fact]
    public void ToSolar_DayBeyondMonthLength_Throws()
    {
        int length = VietnameseLunarCalendar.MonthLength(2025, 12);
        Should.Throw<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2025, 12, length + 1, false)));
    }

    [Fact]
    public void ToSolar_YearOutsideTable_ThrowsOutOfRange() =>
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2102, 1, 1, false)));

    [Fact]
    public void FromSolar_DateOutsideTable_ThrowsOutOfRange() =>
        Should.Throw<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.FromSolar(new DateOnly(1800, 1, 1)));

    [Fact]
    public void FromSolar_EveryDay1900To2100_RoundTripsAndAdvancesByOneDay()
    {
        var previous = VietnameseLunarCalendar.FromSolar(new DateOnly(1899, 12, 31));
        for (var date = new DateOnly(1900, 1, 1); date <= new DateOnly(2100, 12, 31); date = date.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(date);
            VietnameseLunarCalendar.ToSolar(lunar).ShouldBe(date);
            if (lunar.Day == 1)
            {
                previous.Day.ShouldBe(VietnameseLunarCalendar.MonthLength(previous.Year, previous.Month, previous.IsLeapMonth));
            }
            else
            {
                lunar.ShouldBe(previous with { Day = previous.Day + 1 });
            }

            previous = lunar;
        }
    }

    [Fact]
    public void MonthLength_EveryMonth1899To2101_Is29Or30AndYearsHaveValidLength()
    {
        for (int year = 1899; year <= 2101; year++)
        {
            int leap = VietnameseLunarCalendar.LeapMonth(year);
            int total = 0;
            for (int month = 1; month <= 12; month++)
            {
                int length = VietnameseLunarCalendar.MonthLength(year, month);
                length.ShouldBeInRange(29, 30);
                total += length;
                if (month == leap)
                {
                    total += VietnameseLunarCalendar.MonthLength(year, month, isLeapMonth: true);
                }
            }

            total.ShouldBeOneOf(leap == 0 ? [353, 354, 355] : [383, 384, 385]);
            if (year < 2101)
            {
                (VietnameseLunarCalendar.NewYear(year + 1).DayNumber - VietnameseLunarCalendar.NewYear(year).DayNumber).ShouldBe(total);
            }
        }
    }

    [Fact]
    public void NewYear_EveryYear_FallsBetween21JanAnd20Feb()
    {
        for (int year = 1899; year <= 2101; year++)
        {
            var tet = VietnameseLunarCalendar.NewYear(year);
            tet.ShouldBeInRange(new DateOnly(year, 1, 21), new DateOnly(year, 2, 20));
        }
    }
}
