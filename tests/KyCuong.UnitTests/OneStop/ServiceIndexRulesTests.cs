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

    [Fact]
    public void GroupOfSeveralCriteria_MeanOfMeasuredRates_UnmeasuredLeftOut()
    {
        // Ratings 1 of 2 (0.5), feedback answered on time 2 of 3 (0.6667): mean 7/12 = 0.5833; 18 × 7/12 = 10.5.
        var both = ServiceIndexRules.Score(ServiceIndexGroups.Satisfaction, 18,
            [(ServiceIndexGroups.SatisfactionRatings, 1L, 2L), (ServiceIndexGroups.SatisfactionFeedbackOnTime, 2L, 3L)]);
        both.Measured.ShouldBeTrue();
        both.Rate.ShouldBe(0.5833);
        both.Score.ShouldBe(10.5);
        both.Achieved.ShouldBeNull();
        both.Criteria.Select(c => c.Rate).ShouldBe([0.5, 0.6667]);

        // Nothing rated: the group is the on-time criterion alone, 18 × 3/4 = 13.5.
        var one = ServiceIndexRules.Score(ServiceIndexGroups.Satisfaction, 18,
            [(ServiceIndexGroups.SatisfactionRatings, 0L, 0L), (ServiceIndexGroups.SatisfactionFeedbackOnTime, 3L, 4L)]);
        one.Score.ShouldBe(13.5);
        one.Criteria[0].Measured.ShouldBeFalse();

        var neither = ServiceIndexRules.Score(ServiceIndexGroups.Satisfaction, 18,
            [(ServiceIndexGroups.SatisfactionRatings, 0L, 0L), (ServiceIndexGroups.SatisfactionFeedbackOnTime, 0L, 0L)]);
        neither.Measured.ShouldBeFalse();
        neither.Score.ShouldBeNull();
    }
}
