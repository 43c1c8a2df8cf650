using KyCuong.Calendar;

namespace KyCuong.Calendar.Tests;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Default_Range_Is1900To2100()
    {
        Calendar.FirstDate.ShouldBe(new DateOnly(1900, 1, 1));
        Calendar.LastDate.ShouldBe(new DateOnly(2100, 12, 31));
    }

    [Fact]
    public void Describe_NewYearOnSaturday2022_GivesMonday3JanCompensatory()
    {
        Calendar.Describe(D("2022-01-01")).Kind.ShouldBe(DayKind.Holiday);
        var monday = Calendar.Describe(D("2022-01-03"));
        monday.Kind.ShouldBe(DayKind.Compensatory);
        monday.HolidayName.ShouldBe(HolidayNames.NewYear);
        monday.IsWorkingDay.ShouldBeFalse();
    }

    [Fact]
    public void Describe_NationalDayOnSaturday2023_OffFri1ToMon4Sep()
    {
        Calendar.Describe(D("2023-09-01")).Kind.ShouldBe(DayKind.Holiday);
        Calendar.Describe(D("2023-09-02")).Kind.ShouldBe(DayKind.Holiday);
        Calendar.Describe(D("2023-09-04")).Kind.ShouldBe(DayKind.Compensatory);
        Calendar.IsWorkingDay(D("2023-09-05")).ShouldBeTrue();
    }

    [Fact]
    public void Describe_DefaultTetWithTwoWeekendDays2027_GivesTwoCompensatoryDays()
    {
        // Tết 2027 is Sat 6 Feb: default days Fri 5–Tue 9 Feb; Sat 6 and Sun 7 are compensated Wed 10, Thu 11.
        for (var day = D("2027-02-05"); day <= D("2027-02-09"); day = day.AddDays(1))
        {
            Calendar.Describe(day).Kind.ShouldBe(DayKind.Holiday);
        }

        Calendar.Describe(D("2027-02-10")).Kind.ShouldBe(DayKind.Compensatory);
        Calendar.Describe(D("2027-02-11")).Kind.ShouldBe(DayKind.Compensatory);
        Calendar.IsWorkingDay(D("2027-02-12")).ShouldBeTrue();
    }

    [Fact]
    public void Build_EachYearWithoutDecision2027To2100_HasElevenHolidayDaysUnlessTwoCoincide()
    {
        for (int year = 2027; year <= 2100; year++)
        {
            int holidays = Calendar.Range(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)).Count(d => d.Kind == DayKind.Holiday);
            var hung = VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10, false));
            bool coincide = hung == new DateOnly(year, 4, 30) || hung == new DateOnly(year, 5, 1);
            holidays.ShouldBe(coincide ? 10 : 11, $"year {year}");
        }
    }

    [Fact]
    public void AddWorkingDays_ZeroOnWorkingDay_ReturnsSameDay() =>
        Calendar.AddWorkingDays(D("2026-02-13"), 0).ShouldBe(D("2026-02-13"));

    [Fact]
    public void AddWorkingDays_ZeroOnHoliday_ReturnsNextWorkingDay() =>
        Calendar.AddWorkingDays(D("2026-02-17"), 0).ShouldBe(D("2026-02-23"));

    [Fact]
    public void AddWorkingDays_FromHoliday_CountsFromNextWorkingDay() =>
        Calendar.AddWorkingDays(D("2026-02-17"), 1).ShouldBe(D("2026-02-23"));

    [Fact]
    public void AddWorkingDays_NegativeDays_ThrowsOutOfRange() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2026-01-05"), -1));

    [Fact]
    public void AddWorkingDays_BeyondLastDate_ThrowsOutOfRange() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("2100-12-28"), 10));

    [Fact]
    public void AddWorkingDays_DateOutsideCalendar_ThrowsOutOfRange() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(D("1899-12-31"), 1));

    [Fact]
    public void CountWorkingDays_AcrossTet2026_CountsOnlyWorkingDays()
    {
        Calendar.CountWorkingDays(D("2026-02-13"), D("2026-02-25")).ShouldBe(3);
        Calendar.CountWorkingDays(D("2026-02-25"), D("2026-02-13")).ShouldBe(-3);
        Calendar.CountWorkingDays(D("2026-02-13"), D("2026-02-13")).ShouldBe(0);
    }

    [Fact]
    public void SameDayOrNextWorkingDay_FridayBeforeTet_IsMondayAfterTet() =>
        Calendar.SameDayOrNextWorkingDay(D("2026-02-13")).ShouldBe(D("2026-02-23"));

    [Fact]
    public void SameDayOrNextWorkingDay_SwappedWorkingSaturday_IsMonday() =>
        Calendar.SameDayOrNextWorkingDay(D("2026-01-10")).ShouldBe(D("2026-01-12"));

    [Fact]
    public void NextWorkingDayOnOrAfter_TetWeekend_IsMonday23Feb()
    {
        Calendar.NextWorkingDayOnOrAfter(D("2026-02-14")).ShouldBe(D("2026-02-23"));
        Calendar.NextWorkingDayOnOrAfter(D("2026-02-13")).ShouldBe(D("2026-02-13"));
    }

    [Fact]
    public void PreviousWorkingDayOnOrBefore_TetWeekend_IsFriday13Feb()
    {
        Calendar.PreviousWorkingDayOnOrBefore(D("2026-02-22")).ShouldBe(D("2026-02-13"));
        Calendar.PreviousWorkingDayOnOrBefore(D("2026-02-23")).ShouldBe(D("2026-02-23"));
    }

    [Fact]
    public void AddCalendarDays_EndingOnTetWeekend_RollsToNextWorkingDay() =>
        // Civil Code 2015 art. 148.5: 4 Feb 2026 + 10 days = Sat 14 Feb (Tết) → Mon 23 Feb.
        Calendar.AddCalendarDays(D("2026-02-04"), 10).ShouldBe(D("2026-02-23"));

    [Fact]
    public void AddCalendarDays_EndingOnNationalDayWeekend_RollsToWed3Sep2025() =>
        Calendar.AddCalendarDays(D("2025-08-20"), 10).ShouldBe(D("2025-09-03"));

    [Fact]
    public void AddCalendarDays_EndingOnWorkingDay_IsThatDay() =>
        Calendar.AddCalendarDays(D("2026-03-02"), 15).ShouldBe(D("2026-03-17"));

    [Fact]
    public void AddWeeks_EndingOnSwappedOffDay_RollsToNextWorkingDay() =>
        Calendar.AddWeeks(D("2025-04-25"), 1).ShouldBe(D("2025-05-05"));

    [Fact]
    public void AddMonths_31JanToFebruary_EndsOnLastDayThenRollsOverWeekend() =>
        // art. 148.3: no 31 Feb → 28 Feb 2026 (Sat) → Mon 2 Mar.
        Calendar.AddMonths(D("2026-01-31"), 1).ShouldBe(D("2026-03-02"));

    [Fact]
    public void AddMonths_EndingOn30Apr2025_RollsPastHolidaysAndSwapToMon5May() =>
        Calendar.AddMonths(D("2025-03-30"), 1).ShouldBe(D("2025-05-05"));

    [Fact]
    public void AddYears_From29Feb_EndsOn28FebOrNextWorkingDay()
    {
        Calendar.AddYears(D("2024-02-29"), 1).ShouldBe(D("2025-02-28"));
        Calendar.AddYears(D("2024-02-29"), 2).ShouldBe(D("2026-03-02"));
    }

    [Fact]
    public void AddYears_BeyondCalendar_ThrowsOutOfRange() =>
        Should.Throw<ArgumentOutOfRangeException>(() => Calendar.AddYears(D("2026-01-05"), 200));

    [Fact]
    public void Build_NewHolidayRuleAsData_MovesADeadline()
    {
        // "Ngày Văn hóa Việt Nam" (24 Nov) is proposed, not enacted: once in force it is one more rule.
        var rules = CalendarRuleSet.Statutory.WithHoliday(new FixedSolarHoliday(11, 24, "Ngày Văn hóa Việt Nam", 2026));
        var withCultureDay = WorkingCalendar.Build(rules, BuiltInDecisions.All);

        Calendar.AddWorkingDays(D("2026-11-23"), 1).ShouldBe(D("2026-11-24"));
        withCultureDay.AddWorkingDays(D("2026-11-23"), 1).ShouldBe(D("2026-11-25"));
        withCultureDay.Describe(D("2026-11-24")).Reason.ShouldBe("holiday:Ngày Văn hóa Việt Nam");
        withCultureDay.IsWorkingDay(D("2025-11-24")).ShouldBeTrue(); // not before its first year
        withCultureDay.Describe(D("2029-11-26")).Kind.ShouldBe(DayKind.Compensatory); // 24 Nov 2029 is a Saturday
    }

    [Fact]
    public void Build_ExtraHolidayAndDecidedDays_AreApplied()
    {
        var decision = new YearDecision
        {
            Year = 2027,
            ExtraHolidays = [new DecidedHoliday(new DateOnly(2027, 6, 5), "Ngày lễ đặc biệt")], // a Saturday
            ExtraDaysOff = [new DecidedDay(new DateOnly(2027, 6, 9), "Nghỉ theo quyết định")],
            ExtraWorkingDays = [new DecidedDay(new DateOnly(2027, 6, 12), "Làm việc thứ Bảy")],
        };
        var calendar = WorkingCalendar.Build(CalendarRuleSet.Statutory, [decision], 2027, 2027);

        calendar.Describe(new DateOnly(2027, 6, 5)).Reason.ShouldBe("holiday:Ngày lễ đặc biệt");
        calendar.Describe(new DateOnly(2027, 6, 7)).Kind.ShouldBe(DayKind.Compensatory);
        var decidedOff = calendar.Describe(new DateOnly(2027, 6, 9));
        decidedOff.Kind.ShouldBe(DayKind.DecidedOff);
        decidedOff.HolidayName.ShouldBe("Nghỉ theo quyết định");
        decidedOff.Reason.ShouldBe("decidedOff");
        calendar.IsWorkingDay(new DateOnly(2027, 6, 12)).ShouldBeTrue();
    }

    [Fact]
    public void Build_NationalDayAdjacentDayDecided_Uses3Sep()
    {
        var decision = new YearDecision { Year = 2024, NationalDayAdjacentDay = new DateOnly(2024, 9, 3) };
        var calendar = WorkingCalendar.Build(CalendarRuleSet.Statutory, [decision], 2024, 2024);
        calendar.IsWorkingDay(new DateOnly(2024, 9, 3)).ShouldBeFalse();
        calendar.IsWorkingDay(new DateOnly(2024, 9, 4)).ShouldBeTrue();
        calendar.Describe(new DateOnly(2024, 8, 30)).Kind.ShouldBe(DayKind.Working);
    }

    [Fact]
    public void Build_AdjacentDayNotNextToNationalDay_Throws() =>
        Should.Throw<ArgumentException>(() => WorkingCalendar.Build(
            CalendarRuleSet.Statutory, [new YearDecision { Year = 2027, NationalDayAdjacentDay = new DateOnly(2027, 9, 5) }], 2027, 2027));

    [Fact]
    public void Build_TwoDecisionsForOneYear_Throws() =>
        Should.Throw<ArgumentException>(() => WorkingCalendar.Build(
            CalendarRuleSet.Statutory, [new YearDecision { Year = 2027 }, new YearDecision { Year = 2027 }], 2027, 2027));

    [Fact]
    public void Build_SwapWorkingAWeekday_Throws() =>
        Should.Throw<ArgumentException>(() => WorkingCalendar.Build(
            CalendarRuleSet.Statutory,
            [new YearDecision { Year = 2027, Swaps = [new DaySwap(new DateOnly(2027, 3, 5), new DateOnly(2027, 3, 10))] }],
            2027,
            2027));

    [Fact]
    public void Build_YearsOutsideLunarTable_ThrowsOutOfRange() =>
        Should.Throw<ArgumentOutOfRangeException>(() => WorkingCalendar.Build(CalendarRuleSet.Statutory, [], 1800, 2000));

    [Fact]
    public void Describe_DateOutsideCalendar_ThrowsOutOfRange() =>
        Should.Throw<ArgumentOutOfRangeException>(() => WorkingCalendar.Build(CalendarRuleSet.Statutory, [], 2026, 2026).Describe(new DateOnly(2027, 1, 1)));

    [Fact]
    public void Queries_AfterWarmUp_AllocateNothing()
    {
        var date = D("2026-01-29");
        _ = Calendar.AddWorkingDays(date, 2);
        _ = VietnameseLunarCalendar.FromSolar(date);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            _ = Calendar.AddWorkingDays(date, i % 50);
            _ = Calendar.CountWorkingDays(date, date.AddDays(i));
            _ = Calendar.Describe(date.AddDays(i));
            _ = Calendar.IsWorkingDay(date.AddDays(i));
            _ = VietnameseLunarCalendar.FromSolar(date.AddDays(i));
            _ = VietnameseLunarCalendar.ToSolar(new LunarDate(2026, 1 + (i % 12), 1, false));
        }

        (GC.GetAllocatedBytesForCurrentThread() - before).ShouldBe(0);
    }
}
