using KyCuong.Web;
using KyCuong.Web.Modules.Inspections;
using KyCuong.Web.Modules.Inspections.Domain;

namespace KyCuong.UnitTests.Inspections;

/// <summary>docs/domain.md "Checks of official duties": score = Σ input × weight; the weighted sample follows the scores.</summary>
public sealed class RiskScoringTests
{
    [Fact]
    public void DefaultWeights_HandComputed()
    {
        // 25 % overdue × 1 + 2 deemed agreements × 5 + 1 remedy not done × 20 = 25 + 10 + 20.
        var inputs = RiskScoring.Inputs(25, 2, 1, new RiskWeights());
        RiskScoring.Score(inputs).ShouldBe(55);
        inputs[RiskScoring.OverdueRate].Points.ShouldBe(25);
        inputs[RiskScoring.DeemedAgreements].Points.ShouldBe(10);
        inputs[RiskScoring.UnremediedFindings].Points.ShouldBe(20);
    }

    [Fact]
    public void ConfiguredWeights_HandComputed()
    {
        // 12.5 × 0.5 + 0 × 3 + 3 × 10 = 6.25 + 0 + 30.
        var inputs = RiskScoring.Inputs(12.5, 0, 3, new RiskWeights { OverdueRate = 0.5, DeemedAgreements = 3, UnremediedFindings = 10 });
        RiskScoring.Score(inputs).ShouldBe(36.25);
        inputs[RiskScoring.OverdueRate].Points.ShouldBe(6.25);
    }

    [Fact]
    public void CleanRecord_ScoresZero()
    {
        RiskScoring.Score(RiskScoring.Inputs(0, 0, 0, new RiskWeights())).ShouldBe(0);
    }

    [Fact]
    public void Sample_SameSeedSameDraw_NoRepeats()
    {
        var items = Enumerable.Range(0, 20).Select(i => (i, (double)i)).ToList();
        var a = WeightedSample.Draw(items, 5, 42);
        a.ShouldBe(WeightedSample.Draw(items, 5, 42));
        a.Distinct().Count().ShouldBe(5);
        WeightedSample.Draw(items, 50, 1).Count.ShouldBe(20);
    }

    [Fact]
    public void Sample_FollowsWeights_ScorePlusOne()
    {
        // Scores 0 and 2 give weights 1 and 3: the second is drawn first with probability 3/4 (4000 draws: 3000 ± 3 sd of 27).
        var items = new List<(string, double)> { ("clean", 0), ("risky", 2) };
        var risky = Enumerable.Range(0, 4000).Count(seed => WeightedSample.Draw(items, 1, seed)[0] == "risky");
        risky.ShouldBeInRange(2919, 3081);
    }

    [Fact]
    public void Options_RemedyRange_IsValidated()
    {
        new InspectionOptions().Validate(new(new object())).ShouldBeEmpty();
        new InspectionOptions { DefaultRemedyWorkingDays = 10 }.Validate(new(new object())).ShouldNotBeEmpty();
        new InspectionOptions { MinRemedyWorkingDays = 31 }.Validate(new(new object())).ShouldNotBeEmpty();
        new InspectionOptions { Risk = new RiskWeights { OverdueRate = -1 } }.Validate(new(new object())).ShouldNotBeEmpty();
    }
}

/// <summary>The lifecycle of a check (docs/domain.md "Checks of official duties").</summary>
public sealed class InspectionLifecycleTests
{
    private static readonly Guid Unit = Guid.CreateVersion7();
    private static readonly DateTime Now = new(2026, 2, 3, 2, 0, 0, DateTimeKind.Utc);

    private static Inspection New(bool surprise) =>
        new(Guid.CreateVersion7(), "Kiểm tra", Guid.CreateVersion7(), surprise, new DateOnly(2026, 2, 10), null, Now, [Unit], [Guid.CreateVersion7()], []);

    [Fact]
    public void Surprise_SecretUntilStarted()
    {
        var i = New(surprise: true);
        i.IsSecret.ShouldBeTrue();
        i.Start(null, Now);
        i.IsSecret.ShouldBeFalse();
        New(surprise: false).IsSecret.ShouldBeFalse();
    }

    [Fact]
    public void StepsOutOfOrder_Refused()
    {
        var i = New(surprise: false);
        Should.Throw<DomainException>(() => i.RecordFinding(Unit, null, "x", null, Now)).Code.ShouldBe("inspection.notInProgress");
        i.Start(null, Now);
        Should.Throw<DomainException>(() => i.Start(null, Now)).Code.ShouldBe("inspection.alreadyStarted");
        Should.Throw<DomainException>(() => i.Conclude("k", [], null, Now, new DateOnly(2026, 2, 3))).Code.ShouldBe("inspection.noFindings");
        Should.Throw<RequestValidationException>(() => i.RecordFinding(Guid.CreateVersion7(), null, "x", null, Now));
        i.RecordFinding(Unit, null, "x", null, Now);
        i.Status.ShouldBe(InspectionStatus.FindingsRecorded);
        var remedy = new InspectionRemedy { Id = Guid.CreateVersion7(), UnitId = Unit, Text = "r", WorkingDays = 15 };
        i.Conclude("k", [remedy], null, Now, new DateOnly(2026, 2, 3));
        i.Status.ShouldBe(InspectionStatus.Concluded);
        Should.Throw<DomainException>(() => i.Conclude("k", [], null, Now, new DateOnly(2026, 2, 3))).Code.ShouldBe("inspection.alreadyConcluded");
        i.Verify(remedy.Id, false, "chưa", null, Now);
        i.Status.ShouldBe(InspectionStatus.Concluded);
        i.Verify(remedy.Id, true, null, null, Now);
        i.Status.ShouldBe(InspectionStatus.Closed);
    }

    [Fact]
    public void ConclusionWithoutRemedies_ClosesAtOnce()
    {
        var i = New(surprise: true);
        i.Start(null, Now);
        i.RecordFinding(Unit, null, "Không phát hiện vi phạm.", null, Now);
        i.Conclude("Đơn vị chấp hành tốt.", [], null, Now, new DateOnly(2026, 2, 3));
        i.Status.ShouldBe(InspectionStatus.Closed);
    }
}
