using KyCuong.Web.Modules.Inspections;
using KyCuong.Web.Modules.Inspections.Domain;

namespace KyCuong.UnitTests.Inspections;

/// <summary>docs/domain.md "Checks of official duties: risk ranking of people": each input by hand, then Σ input × weight.</summary>
public sealed class PeopleRiskScoringTests
{
    private static readonly DateOnly From = new(2025, 3, 1);
    private static readonly DateOnly Today = new(2026, 3, 1);

    [Fact]
    public void OverdueRate_CountsLateDoneAndOpenPastDue_AmongTasksDueInTheWindow()
    {
        PersonTaskFacts[] tasks =
        [
            new(new(2026, 1, 10), new(2026, 1, 9), 0), // done on time
            new(new(2026, 1, 10), new(2026, 1, 12), 0), // done late
            new(new(2026, 2, 20), null, 0), // open past its deadline
            new(Today, null, 0), // due today: not yet late
            new(new(2026, 4, 1), null, 0), // not yet due: outside the window
            new(new(2025, 2, 1), new(2025, 3, 5), 0), // due before the window: outside
            new(null, null, 0), // no deadline: outside
        ];
        // 2 late of 4 due in the window.
        PeopleRiskScoring.OverdueRatePercent(tasks, From, Today).ShouldBe(50);
        PeopleRiskScoring.OverdueRatePercent([new(new(2026, 1, 1), new(2026, 1, 2), 0), new(new(2026, 1, 1), null, 0), new(new(2026, 1, 1), new(2026, 1, 1), 0)],
            From, Today).ShouldBe(66.7);
        PeopleRiskScoring.OverdueRatePercent([], From, Today).ShouldBe(0);
    }

    [Fact]
    public void SerialExtensions_CountOnlyThoseBeyondTheFirstOnATask()
    {
        PeopleRiskScoring.CountSerialExtensions([new(Today, null, 1), new(Today, null, 3), new(Today, null, 0), new(Today, null, 2)]).ShouldBe(3);
        PeopleRiskScoring.CountSerialExtensions([new(Today, null, 1)]).ShouldBe(0);
    }

    [Fact]
    public void DefaultWeights_HandComputed()
    {
        // 50 % × 1 + 3 serial extensions × 5 + 4 reminders × 3 + flag 1 × 20 + 2 findings × 10 = 50 + 15 + 12 + 20 + 20.
        var inputs = PeopleRiskScoring.Inputs(50, 3, 4, true, 2, new PeopleRiskWeights());
        RiskScoring.Score(inputs).ShouldBe(117);
        inputs[PeopleRiskScoring.SerialExtensions].Points.ShouldBe(15);
        inputs[PeopleRiskScoring.CountedReminders].Points.ShouldBe(12);
        inputs[PeopleRiskScoring.TransferReviewFlag].Value.ShouldBe(1);
        inputs[PeopleRiskScoring.PriorFindings].Points.ShouldBe(20);
    }

    [Fact]
    public void ConfiguredWeights_HandComputed_NoFlagScoresNothingForIt()
    {
        // 66.7 × 0.5 + 1 × 2 + 0 × 3 + flag 0 × 100 + 1 × 4 = 33.35 + 2 + 0 + 0 + 4.
        var w = new PeopleRiskWeights { OverdueRate = 0.5, SerialExtensions = 2, CountedReminders = 3, TransferReviewFlag = 100, PriorFindings = 4 };
        var inputs = PeopleRiskScoring.Inputs(66.7, 1, 0, false, 1, w);
        RiskScoring.Score(inputs).ShouldBe(39.35);
        inputs[PeopleRiskScoring.TransferReviewFlag].Points.ShouldBe(0);
    }
}
