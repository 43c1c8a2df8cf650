using KyCuong.Web.Modules.OneStop.Domain;

namespace KyCuong.UnitTests.OneStop;

/// <summary>The points of a group of the 766 index (docs/domain.md "Procedures: simplification plans and the 766 index").</summary>
public sealed class ServiceIndexRulesTests
{
    [Fact]
    public void MeasuredGroup_ScoresMaximumTimesRate_ToTwoDecimals()
    {
        // 18 points × 5 satisfied of 7 ratings = 12.857… → 12.86.
        var g = ServiceIndexRules.Score(ServiceIndexGroups.Satisfaction, 18, 5, 7);
        g.Measured.ShouldBeTrue();
        g.Rate.ShouldBe(0.7143);
        g.Score.ShouldBe(12.86);
        g.Name.ShouldBe("Mức độ hài lòng");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData(0L, 0L)]
    public void NoDataOrNothingToMeasure_IsNotScored(long? achieved, long? of)
    {
        var g = ServiceIndexRules.Score(ServiceIndexGroups.Online, 22, achieved, of);
        g.Measured.ShouldBeFalse();
        g.Score.ShouldBeNull();
        g.Rate.ShouldBeNull();
        g.Max.ShouldBe(22);
    }
}
