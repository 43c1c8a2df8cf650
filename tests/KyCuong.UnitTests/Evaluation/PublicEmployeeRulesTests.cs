using KyCuong.Web.Modules.Evaluation.Domain;

namespace KyCuong.UnitTests.Evaluation;

/// <summary>Nghị định 233/2026/NĐ-CP: a viên chức who worked fewer than six months in the year is not graded (docs/domain.md "Evaluation: viên chức").</summary>
public sealed class PublicEmployeeRulesTests
{
    [Theory]
    [InlineData(null, null, false)] // the whole year
    [InlineData("2026-07-01", null, false)] // 1/7–31/12: exactly six months
    [InlineData("2026-07-02", null, true)] // one day short
    [InlineData("2025-03-01", "2026-06-30", false)] // 1/1–30/6: exactly six months
    [InlineData("2025-03-01", "2026-06-29", true)]
    [InlineData("2027-01-05", null, true)] // started after the year: did not work in it
    [InlineData("2026-03-01", "2026-08-31", false)] // 1/3–31/8: six months
    [InlineData("2026-03-02", "2026-08-31", true)]
    public void FewerThanSixMonths(string? startedOn, string? leftOn, bool fewer) =>
        PublicEmployeeRules.WorkedLessThan(2026, startedOn is null ? null : DateOnly.Parse(startedOn, System.Globalization.CultureInfo.InvariantCulture),
            leftOn is null ? null : DateOnly.Parse(leftOn, System.Globalization.CultureInfo.InvariantCulture), 6).ShouldBe(fewer);
}
