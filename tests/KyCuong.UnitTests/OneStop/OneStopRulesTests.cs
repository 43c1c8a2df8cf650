using KyCuong.Web.Modules.OneStop.Domain;

namespace KyCuong.UnitTests.OneStop;

/// <summary>The on-time state and where the time was lost (docs/domain.md "One-stop dossiers").</summary>
public sealed class OneStopRulesTests
{
    private static readonly DateOnly Due = new(2026, 1, 22);

    [Theory]
    [InlineData("2026-01-22", null, "inProgressOnTime")]
    [InlineData("2026-01-23", null, "inProgressOverdue")]
    [InlineData("2026-02-03", "2026-01-22", "doneOnTime")]
    [InlineData("2026-02-03", "2026-01-20", "doneOnTime")]
    [InlineData("2026-02-03", "2026-01-23", "doneLate")]
    public void Status_OnTheDueDateIsOnTime_TheDayAfterIsLate(string today, string? returned, string expected) =>
        DossierStatus.Of(Due, returned is null ? null : DateOnly.Parse(returned, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    /// <summary>Counting every calendar day after the start (a simple calendar keeps the hand computation obvious).</summary>
    private static int Days(DateOnly fromExclusive, DateOnly toInclusive) => toInclusive.DayNumber - fromExclusive.DayNumber;

    [Fact]
    public void LostTime_ChargesEachLateDossierToTheUnitThatHeldItLongest_TieToTheEarlierStep()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var (d1, d2, d3) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var day = new DateOnly(2026, 1, 1);
        var steps = new[]
        {
            // d1: a 2 days, b 5 days → b.
            new StepSpan(d1, 1, a, day, day.AddDays(2)),
            new StepSpan(d1, 2, b, day.AddDays(2), day.AddDays(7)),
            // d2: a 3 days, c 3 days → a (the earlier step).
            new StepSpan(d2, 1, a, day, day.AddDays(3)),
            new StepSpan(d2, 2, c, day.AddDays(3), day.AddDays(6)),
            // d3: still at a since the 5th, seen on the 15th → a, 10 days.
            new StepSpan(d3, 1, a, day.AddDays(4), null),
        };

        var result = LostTime.Attribute(steps, day.AddDays(14), Days);

        result.Select(r => (r.UnitId, r.LateDossiers, r.WorkingDaysHeld)).ShouldBe([(a, 2, 2 + 3 + 10), (b, 1, 5), (c, 0, 3)]);
    }

    [Fact]
    public void LostTime_NoLateDossiers_NoUnits() => LostTime.Attribute([], new DateOnly(2026, 1, 1), Days).ShouldBeEmpty();
}
