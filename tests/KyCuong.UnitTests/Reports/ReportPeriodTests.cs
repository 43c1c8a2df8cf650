using KyCuong.Calendar;
using KyCuong.Web.Modules.Reports.Domain;

namespace KyCuong.UnitTests.Reports;

/// <summary>The decree's cut-off dates and the working-day submission deadline (Decree 09/2019/NĐ-CP art. 12; docs/domain.md "Reports").</summary>
public sealed class ReportPeriodTests
{
    private static Periodicity Kind(string name)
    {
        Periodicities.TryParse(name, out var kind).ShouldBeTrue(name);
        return kind;
    }

    private static ReportPeriod Parse(string key, Periodicity regime)
    {
        ReportPeriod.TryParse(key, regime, out var period, out var error).ShouldBeTrue(error);
        return period!;
    }

    [Theory]
    // Month: 15th of the previous month to the 14th (January reaches back into December).
    [InlineData("2026-07", "month", "2026-06-15", "2026-07-14")]
    [InlineData("2026-01", "month", "2025-12-15", "2026-01-14")]
    [InlineData("2026-03", "month", "2026-02-15", "2026-03-14")]
    // Quarter: 15th of the month before the quarter to the 14th of its last month.
    [InlineData("2026-Q1", "quarter", "2025-12-15", "2026-03-14")]
    [InlineData("2026-Q3", "quarter", "2026-06-15", "2026-09-14")]
    [InlineData("2026-Q4", "quarter", "2026-09-15", "2026-12-14")]
    // Half-year: 15 December to 14 June, 15 June to 14 December.
    [InlineData("2026-H1", "halfYear", "2025-12-15", "2026-06-14")]
    [InlineData("2026-H2", "halfYear", "2026-06-15", "2026-12-14")]
    // Year: 15 December of the previous year to 14 December.
    [InlineData("2026", "year", "2025-12-15", "2026-12-14")]
    // A one-off regime takes any form.
    [InlineData("2026-Q2", "once", "2026-03-15", "2026-06-14")]
    public void CutOffs_FollowTheDecree(string key, string regime, string from, string to)
    {
        var period = Parse(key, Kind(regime));
        period.Key.ShouldBe(key);
        period.From.ShouldBe(DateOnly.Parse(from));
        period.To.ShouldBe(DateOnly.Parse(to));
    }

    [Theory]
    [InlineData("2026-13", "month")]
    [InlineData("2026-00", "month")]
    [InlineData("2026-Q5", "quarter")]
    [InlineData("2026-H3", "halfYear")]
    [InlineData("26-07", "month")]
    [InlineData("", "year")]
    [InlineData("2026-٠٧", "month")] // Arabic-Indic digits are not digits of a period
    [InlineData("2026-Q3", "month")] // a monthly regime does not take a quarter
    [InlineData("2026", "halfYear")]
    public void BadKeys_AreRefused_WithAVietnameseReason(string key, string regime)
    {
        ReportPeriod.TryParse(key, Kind(regime), out var period, out var error).ShouldBeFalse();
        period.ShouldBeNull();
        error.ToLowerInvariant().ShouldContain("kỳ");
    }

    [Fact]
    public void Deadline_CrossingTet_SkipsTheHolidays()
    {
        // February 2026 ends its window on Saturday 14 Feb; Sun 15 is a weekend, Mon 16 – Fri 20 Feb are Tết Nguyên đán (Labour
        // Code 2019 art. 112), 21–22 a weekend: the five working days are 23, 24, 25, 26 and 27 February.
        var february = Parse("2026-02", Periodicity.Month);
        february.DueDate(WorkingCalendar.Default, 5).ShouldBe(new DateOnly(2026, 2, 27));
    }

    [Fact]
    public void Deadline_OnOrdinaryDays_CountsFromTheDayAfterTheCutOff()
    {
        // Year 2026 ends on Monday 14 Dec: Tue 15, Wed 16, Thu 17, Fri 18, (weekend), Mon 21.
        Parse("2026", Periodicity.Year).DueDate(WorkingCalendar.Default, 5).ShouldBe(new DateOnly(2026, 12, 21));
        // The first half of 2026 ends on Sunday 14 June: Mon 15, Tue 16, Wed 17.
        Parse("2026-H1", Periodicity.HalfYear).DueDate(WorkingCalendar.Default, 3).ShouldBe(new DateOnly(2026, 6, 17));
    }

    [Theory]
    [InlineData("month", "2026-07-14", "2026-07")]
    [InlineData("month", "2026-07-15", "2026-08")]
    [InlineData("month", "2026-12-20", "2027-01")]
    [InlineData("quarter", "2026-06-15", "2026-Q3")]
    [InlineData("quarter", "2026-12-15", "2027-Q1")]
    [InlineData("halfYear", "2026-06-14", "2026-H1")]
    [InlineData("halfYear", "2026-12-15", "2027-H1")]
    [InlineData("year", "2026-12-15", "2027")]
    public void Containing_PutsADayInItsWindow(string kind, string day, string key) =>
        ReportPeriod.Containing(Kind(kind), DateOnly.Parse(day)).Key.ShouldBe(key);

    [Theory]
    [InlineData("2026-07", "tháng 7 năm 2026")]
    [InlineData("2026-Q3", "quý III năm 2026")]
    [InlineData("2026-H1", "6 tháng đầu năm 2026")]
    [InlineData("2026-H2", "6 tháng cuối năm 2026")]
    [InlineData("2026", "năm 2026")]
    public void Titles_AreVietnamese(string key, string words) => Parse(key, Periodicity.Once).Vietnamese().ShouldBe(words);
}
