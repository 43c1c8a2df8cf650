using KyCuong.Web.Modules.Inspections.Domain;

namespace KyCuong.UnitTests.Inspections;

/// <summary>docs/domain.md "Checks of official duties: papers, dashboard and people": remedies done on time, by hand.</summary>
public sealed class RemedyFiguresTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public void OnTimeRate_IsDoneOnTimeAmongThoseWhoseOutcomeIsKnown()
    {
        RemedyFacts[] remedies =
        [
            new(new(2026, 5, 10), new(2026, 5, 10), RemedyVerification.Verified), // on the day: on time
            new(new(2026, 5, 10), new(2026, 5, 8), RemedyVerification.Pending), // early: on time
            new(new(2026, 5, 10), new(2026, 5, 11), RemedyVerification.Verified), // late
            new(new(2026, 5, 20), null, RemedyVerification.NotVerified), // open past its deadline
            new(new(2026, 6, 1), null, RemedyVerification.Pending), // due today: open, on time
        ];
        var f = RemedyFigures.Of(remedies, Today);
        f.ShouldBe(new RemedyFigures(5, 2, 1, 1, 1, 2, 50m)); // 2 of 4 known
    }

    [Fact]
    public void NothingKnownYet_RateIsNull()
    {
        RemedyFigures.Of([new(new(2026, 7, 1), null, RemedyVerification.Pending)], Today).OnTimeRate.ShouldBeNull();
        RemedyFigures.Of([], Today).ShouldBe(new RemedyFigures(0, 0, 0, 0, 0, 0, null));
    }
}
