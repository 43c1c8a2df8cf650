using KyCuong.Calendar;

namespace KyCuong.Calendar.Tests;

/// <summary>The published 2025 and 2026 calendars (docs/domain.md §7), reproduced by rules + built-in decisions.</summary>
public sealed class PublishedCalendarTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static void ShouldBeOff(string from, string to)
    {
        for (var day = D(from); day <= D(to); day = day.AddDays(1))
        {
            Calendar.IsWorkingDay(day).ShouldBeFalse($"{day:yyyy-MM-dd} should be off");
        }
    }

    private static void ShouldBe(string date, DayKind kind, string? holidayName = null)
    {
        var info = Calendar.Describe(D(date));
        info.Kind.ShouldBe(kind, date);
        if (holidayName is not null)
        {
            info.HolidayName.ShouldBe(holidayName, date);
        }
    }

    [Fact]
    public void Describe_Tet2025_OffSat25JanToSun2FebWithOfficialDays27To31Jan()
    {
        ShouldBeOff("2025-01-25", "2025-02-02");
        for (var day = D("2025-01-27"); day <= D("2025-01-31"); day = day.AddDays(1))
        {
            ShouldBe(day.ToString("O", null), DayKind.Holiday, HolidayNames.Tet);
        }

        ShouldBe("2025-01-25", DayKind.Weekend);
        ShouldBe("2025-02-01", DayKind.Weekend);
        Calendar.IsWorkingDay(D("2025-01-24")).ShouldBeTrue();
        Calendar.IsWorkingDay(D("2025-02-03")).ShouldBeTrue();
    }

    [Fact]
    public void Describe_NewYear2025_IsHoliday() => ShouldBe("2025-01-01", DayKind.Holiday, HolidayNames.NewYear);

    [Fact]
    public void Describe_HungKings2025_IsMonday7Apr()
    {
        ShouldBe("2025-04-07", DayKind.Holiday, HolidayNames.HungKings);
        Calendar.IsWorkingDay(D("2025-04-08")).ShouldBeTrue();
    }

    [Fact]
    public void Describe_ReunificationAndLabourDay2025_Off30AprTo4MayWithSat26AprWorked()
    {
        ShouldBeOff("2025-04-30", "2025-05-04");
        ShouldBe("2025-04-30", DayKind.Holiday, HolidayNames.VictoryDay);
        ShouldBe("2025-05-01", DayKind.Holiday, HolidayNames.LabourDay);
        ShouldBe("2025-05-02", DayKind.SwappedOff);
        ShouldBe("2025-04-26", DayKind.SwappedWorking);
        Calendar.IsWorkingDay(D("2025-04-26")).ShouldBeTrue();
        Calendar.IsWorkingDay(D("2025-04-29")).ShouldBeTrue();
        Calendar.IsWorkingDay(D("2025-05-05")).ShouldBeTrue();
    }

    [Fact]
    public void Describe_NationalDay2025_OffSat30AugToTue2Sep()
    {
        ShouldBeOff("2025-08-30", "2025-09-02");
        ShouldBe("2025-09-01", DayKind.Holiday, HolidayNames.NationalDay);
        ShouldBe("2025-09-02", DayKind.Holiday, HolidayNames.NationalDay);
        Calendar.IsWorkingDay(D("2025-08-29")).ShouldBeTrue();
        Calendar.IsWorkingDay(D("2025-09-03")).ShouldBeTrue();
    }

    [Fact]
    public void Describe_NewYear2026_Off1To4JanWithSat10JanWorked()
    {
        ShouldBeOff("2026-01-01", "2026-01-04");
        ShouldBe("2026-01-01", DayKind.Holiday, HolidayNames.NewYear);
        ShouldBe("2026-01-02", DayKind.SwappedOff);
        ShouldBe("2026-01-10", DayKind.SwappedWorking);
        Calendar.IsWorkingDay(D("2026-01-10")).ShouldBeTrue();
        Calendar.IsWorkingDay(D("2026-01-05")).ShouldBeTrue();
        Calendar.IsWorkingDay(D("2025-12-31")).ShouldBeTrue();
    }

    [Fact]
    public void Describe_Tet2026_OffSat14ToSun22FebWithOfficialDays16To20Feb()
    {
        ShouldBeOff("2026-02-14", "2026-02-22");
        for (var day = D("2026-02-16"); day <= D("2026-02-20"); day = day.AddDays(1))
        {
            Calendar.Describe(day).Kind.ShouldBe(DayKind.Holiday);
            Calendar.Describe(day).HolidayName.ShouldBe(HolidayNames.Tet);
        }

        Calendar.IsWorkingDay(D("2026-02-13")).ShouldBeTrue();
        Calendar.IsWorkingDay(D("2026-02-23")).ShouldBeTrue();
    }

    [Fact]
    public void Describe_HungKings2026OnSunday_GivesMonday27AprCompensatory()
    {
        ShouldBe("2026-04-26", DayKind.Holiday, HolidayNames.HungKings);
        ShouldBe("2026-04-27", DayKind.Compensatory, HolidayNames.HungKings);
        Calendar.IsWorkingDay(D("2026-04-27")).ShouldBeFalse();
        Calendar.IsWorkingDay(D("2026-04-28")).ShouldBeTrue();
        ShouldBe("2026-04-30", DayKind.Holiday, HolidayNames.VictoryDay);
        ShouldBe("2026-05-01", DayKind.Holiday, HolidayNames.LabourDay);
    }

    [Fact]
    public void AddWorkingDays_Thu29Jan2026Plus2_IsMon2Feb2026() =>
        Calendar.AddWorkingDays(D("2026-01-29"), 2).ShouldBe(D("2026-02-02"));

    [Fact]
    public void AddWorkingDays_Fri13Feb2026Plus3AcrossTet_IsWed25Feb2026() =>
        Calendar.AddWorkingDays(D("2026-02-13"), 3).ShouldBe(D("2026-02-25"));

    [Fact]
    public void AddWorkingDays_AcrossSwap2025_CountsSat26AprAndSkipsFri2May()
    {
        Calendar.AddWorkingDays(D("2025-04-25"), 1).ShouldBe(D("2025-04-26"));
        Calendar.AddWorkingDays(D("2025-04-29"), 1).ShouldBe(D("2025-05-05"));
    }

    [Fact]
    public void Range_Tet2026_GivesContractReasons()
    {
        var reasons = Calendar.Range(D("2026-02-13"), D("2026-02-23")).Select(d => d.Reason).ToList();
        reasons.ShouldBe(
        [
            null, "weekend", "weekend",
            "holiday:Tết Nguyên đán", "holiday:Tết Nguyên đán", "holiday:Tết Nguyên đán", "holiday:Tết Nguyên đán", "holiday:Tết Nguyên đán",
            "weekend", "weekend", null,
        ]);
    }

    [Fact]
    public void Reason_SwapsAndCompensatory_AreContractStrings()
    {
        Calendar.Describe(D("2026-01-02")).Reason.ShouldBe("swappedOff");
        Calendar.Describe(D("2026-01-10")).Reason.ShouldBe("swappedWorking");
        Calendar.Describe(D("2026-04-27")).Reason.ShouldBe("compensatory");
        Calendar.Describe(D("2026-04-28")).Reason.ShouldBeNull();
    }

    [Fact]
    public void Build_RulesWithoutDecisions_GiveTheSameTet2026AsTheDecision()
    {
        // The documented default (last day of the old year + days 1–4) is what 2026 chose.
        var rulesOnly = WorkingCalendar.Build(CalendarRuleSet.Statutory, [], 2026, 2026);
        for (var day = D("2026-02-01"); day <= D("2026-02-28"); day = day.AddDays(1))
        {
            rulesOnly.Describe(day).Kind.ShouldBe(Calendar.Describe(day).Kind, $"{day:O}");
        }
    }

    [Fact]
    public void Build_RulesWithoutDecisions_DifferFrom2025DecisionSoTheDecisionIsNeeded()
    {
        // Default for 2025: 28 Jan (last day of Giáp Thìn) + 29 Jan–1 Feb, Sat 1 Feb → Mon 3 Feb compensatory.
        var rulesOnly = WorkingCalendar.Build(CalendarRuleSet.Statutory, [], 2025, 2025);
        rulesOnly.IsWorkingDay(D("2025-01-27")).ShouldBeTrue();
        rulesOnly.Describe(D("2025-02-01")).Kind.ShouldBe(DayKind.Holiday);
        rulesOnly.Describe(D("2025-02-03")).Kind.ShouldBe(DayKind.Compensatory);
        Calendar.IsWorkingDay(D("2025-02-03")).ShouldBeTrue();
    }
}
