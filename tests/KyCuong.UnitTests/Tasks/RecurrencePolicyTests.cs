using KyCuong.Web.Modules.Tasks.Domain;

namespace KyCuong.UnitTests.Tasks;

/// <summary>docs/domain.md §6: "định kỳ 6 tháng, hàng năm báo cáo" creates a report task each period.</summary>
public sealed class RecurrencePolicyTests
{
    [Theory]
    [InlineData("định kỳ 6 tháng, hàng năm", ReportCadence.SemiAnnual | ReportCadence.Annual)]
    [InlineData("hằng quý", ReportCadence.Quarterly)]
    [InlineData("hàng tháng", ReportCadence.Monthly)]
    [InlineData("định kỳ hằng năm", ReportCadence.Annual)]
    [InlineData("semiAnnual", ReportCadence.SemiAnnual)]
    [InlineData("annual", ReportCadence.Annual)]
    [InlineData("thường xuyên", ReportCadence.None)]
    [InlineData("", ReportCadence.None)]
    public void Parse_Phrase_Cadence(string phrase, object expected) => RecurrencePolicy.Parse(phrase).ShouldBe((ReportCadence)expected);

    [Fact]
    public void PeriodsBegun_SemiAnnualAndAnnual_H1ThenYearNoSeparateH2()
    {
        var periods = RecurrencePolicy.PeriodsBegun(ReportCadence.SemiAnnual | ReportCadence.Annual, new DateOnly(2026, 2, 3), new DateOnly(2026, 7, 15));
        periods.Select(p => p.Key).ShouldBe(["2026-H1", "2026"]);
        periods[0].End.ShouldBe(new DateOnly(2026, 6, 30));
    }

    [Fact]
    public void PeriodsBegun_Quarterly_OnlyBegunPeriods()
    {
        var periods = RecurrencePolicy.PeriodsBegun(ReportCadence.Quarterly, new DateOnly(2026, 2, 3), new DateOnly(2026, 4, 1));
        periods.Select(p => p.Key).ShouldBe(["2026-Q1", "2026-Q2"]);
    }

    [Fact]
    public void PeriodsBegun_BeforeStart_None() =>
        RecurrencePolicy.PeriodsBegun(ReportCadence.Annual, new DateOnly(2026, 2, 3), new DateOnly(2026, 1, 1)).ShouldBeEmpty();
}
