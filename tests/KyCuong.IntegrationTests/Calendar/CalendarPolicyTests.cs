using KyCuong.Calendar;
using KyCuong.Web;
using KyCuong.Web.Modules.Calendar.Domain;
using KyCuong.Web.Modules.Calendar.SetYearDecision;
using KyCuong.Web.Modules.Calendar.Pages;

namespace KyCuong.IntegrationTests.Calendar;

/// <summary>The web side's pure calendar policies (no host, no database).</summary>
public sealed class CalendarPolicyTests
{
    private static readonly WorkingCalendar Default = WorkingCalendar.Default;
    private static readonly WorkingCalendar Statutory = WorkingCalendar.Build(CalendarRuleSet.Statutory, []);

    [Fact]
    public void Moves_PassedUnchangedAndMoved_OnlyOpenChangedOnesListed()
    {
        var today = new DateOnly(2026, 2, 3);
        var moved = new RecomputePolicy.Candidate(Guid.NewGuid(), "task", Guid.NewGuid(), new DateOnly(2026, 2, 12), 2, new DateOnly(2026, 2, 16));
        var unchanged = new RecomputePolicy.Candidate(Guid.NewGuid(), "task", Guid.NewGuid(), new DateOnly(2026, 1, 29), 2, new DateOnly(2026, 2, 2));
        var passed = new RecomputePolicy.Candidate(Guid.NewGuid(), "task", Guid.NewGuid(), new DateOnly(2026, 1, 20), 1, new DateOnly(2026, 1, 20));
        var moves = RecomputePolicy.Moves([moved, unchanged, passed], Default, today);
        moves.Count.ShouldBe(1);
        moves[0].Deadline.ShouldBe(moved);
        // Thu 12 Feb 2026 + 2 working days: Fri 13, then Tết until Sun 22 → Mon 23 Feb.
        moves[0].NewDue.ShouldBe(new DateOnly(2026, 2, 23));
    }

    [Fact]
    public void IsOpen_DueToday_StillOpen()
    {
        RecomputePolicy.IsOpen(new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 3)).ShouldBeTrue();
        RecomputePolicy.IsOpen(new DateOnly(2026, 2, 2), new DateOnly(2026, 2, 3)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("2026-02-17", true)]
    [InlineData(" 2026-02-17 ", true)]
    [InlineData("2026-2-17", false)]
    [InlineData("2026-02-30", false)]
    [InlineData("17/02/2026", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryParseDate_StrictIso(string? value, bool ok) => CalendarInput.TryParseDate(value, out _).ShouldBe(ok);

    [Fact]
    public void Validate_SwapAcrossNewYear_Accepted()
    {
        // New Year 2019: Mon 31 Dec 2018 off, worked back on Sat 5 Jan 2019.
        var decision = YearDecisionValidator.Validate(2019, Request(swaps: [new SwapInput("2018-12-31", "2019-01-05", null)]), Statutory);
        decision.Swaps!.Single().ShouldBe(new DaySwap(new DateOnly(2018, 12, 31), new DateOnly(2019, 1, 5)));
    }

    [Fact]
    public void Validate_NationalDayAdjacentBefore2021_Refused()
    {
        var e = Should.Throw<RequestValidationException>(() => YearDecisionValidator.Validate(2020, Request(nationalDay: "2020-09-01"), Statutory));
        e.Errors.Keys.ShouldBe(["nationalDayAdjacentDay"]);
    }

    [Fact]
    public void Validate_SameDateTwice_RefusedOnTheSecond()
    {
        var e = Should.Throw<RequestValidationException>(() => YearDecisionValidator.Validate(2027, Request(
            extraDaysOff: [new DayNoteInput("2027-03-09", "A")], extraHolidays: [new HolidayInput("2027-03-09", "B")]), Statutory));
        e.Errors.Keys.ShouldBe(["extraDaysOff[0].date"]);
    }

    [Fact]
    public void Validate_EmptyRowsFromTheForm_IgnoredAndIndexesKept()
    {
        var e = Should.Throw<RequestValidationException>(() => YearDecisionValidator.Validate(2027, Request(
            swaps: [new SwapInput(null, null, null), new SwapInput("2027-05-03", "2027-05-05", null)]), Statutory));
        e.Errors.Keys.ShouldBe(["swaps[1].dayWorked"]);
    }

    [Fact]
    public void LunarLabel_MonthStartsAndLeapMonth()
    {
        CalendarYearView.LunarLabel(new LunarDate(2026, 1, 1, false), firstOfSolarMonth: false).ShouldBe("1/1");
        CalendarYearView.LunarLabel(new LunarDate(2033, 11, 1, true), firstOfSolarMonth: false).ShouldBe("1/11 nhuận");
        CalendarYearView.LunarLabel(new LunarDate(2026, 1, 14, false), firstOfSolarMonth: false).ShouldBe("14");
        CalendarYearView.LunarLabel(new LunarDate(2026, 1, 14, false), firstOfSolarMonth: true).ShouldBe("14/1");
    }

    [Theory]
    [InlineData(2025, "Ất Tỵ")]
    [InlineData(2026, "Bính Ngọ")]
    [InlineData(1945, "Ất Dậu")]
    [InlineData(2033, "Quý Sửu")]
    public void YearName_SexagenaryCycle(int year, string name) => CalendarYearView.YearName(year).ShouldBe(name);

    [Fact]
    public void Build_February2026_MondayFirstWeeksWithTet()
    {
        var months = CalendarYearView.Build(Default, 2026, new DateOnly(2026, 2, 3));
        months.Count.ShouldBe(12);
        var feb = months[1];
        feb.Caption.ShouldBe("Tháng 2/2026");
        // 1 Feb 2026 is a Sunday: the last column of the first (Monday-first) week.
        feb.Weeks[0].Take(6).ShouldAllBe(c => c == null);
        feb.Weeks[0][6]!.Date.ShouldBe(new DateOnly(2026, 2, 1));
        var tet = feb.Weeks.SelectMany(w => w).Single(c => c?.Date == new DateOnly(2026, 2, 17))!;
        tet.LunarLabel.ShouldBe("1/1");
        tet.LunarMonthStart.ShouldBeTrue();
        tet.CssClass.ShouldBe("kc-cal-holiday");
        tet.Title.ShouldContain("Tết Nguyên đán");
        feb.Weeks.SelectMany(w => w).Single(c => c?.Date == new DateOnly(2026, 2, 3))!.IsToday.ShouldBeTrue();
        var daysOff = CalendarYearView.DaysOff(Default, 2026);
        daysOff.ShouldContain(d => d.Date == new DateOnly(2026, 4, 27) && d.KindLabel == "Nghỉ bù");
        daysOff.ShouldContain(d => d.Date == new DateOnly(2026, 1, 10) && d.KindLabel == "Làm bù do hoán đổi");
    }

    private static SetYearDecisionRequest Request(
        IReadOnlyList<SwapInput?>? swaps = null, string? nationalDay = null, IReadOnlyList<HolidayInput?>? extraHolidays = null, IReadOnlyList<DayNoteInput?>? extraDaysOff = null) =>
        new("Thông báo thử nghiệm", null, null, nationalDay, swaps, extraHolidays, extraDaysOff, null);
}
