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

    [Fact]
    public void StepBreakdown_AllowanceIsWhatWasLeftToTheDueDate_OverranAndLateChargedToTheLongestStep()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var (d1, d2, d3) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var day = new DateOnly(2026, 1, 1);
        var dossiers = new[]
        {
            // d1 due the 10th, on time: a 1st–3rd (used 2, allowed 9), b 3rd–8th (used 5, allowed 7).
            new JudgedDossier(d1, day.AddDays(9), false, [new StepSpan(d1, 1, a, day, day.AddDays(2)), new StepSpan(d1, 2, b, day.AddDays(2), day.AddDays(7))]),
            // d2 due the 4th, late: a 1st–2nd (used 1, allowed 3), b 2nd–9th (used 7, allowed 2, overran; the longest, charged).
            new JudgedDossier(d2, day.AddDays(3), true, [new StepSpan(d2, 1, a, day, day.AddDays(1)), new StepSpan(d2, 2, b, day.AddDays(1), day.AddDays(8))]),
            // d3 due the 3rd, still at a on the 15th: used 14, allowed 2, overran, charged.
            new JudgedDossier(d3, day.AddDays(2), true, [new StepSpan(d3, 1, a, day, null)]),
        };

        var result = StepBreakdown.Of(dossiers, day.AddDays(14), Days);

        result.Select(r => (r.Seq, r.UnitId, r.Dossiers, r.WorkingDaysUsed, r.WorkingDaysAllowed, r.Overran, r.LateDossiers))
            .ShouldBe([(1, a, 3, 2 + 1 + 14, 9 + 3 + 2, 1, 1), (2, b, 2, 5 + 7, 7 + 2, 1, 1)]);
    }

    [Fact]
    public void StepBreakdown_StepStartedAfterTheDueDate_HasNoAllowance()
    {
        var (a, d) = (Guid.NewGuid(), Guid.NewGuid());
        var day = new DateOnly(2026, 1, 1);
        var result = StepBreakdown.Of([new JudgedDossier(d, day, true, [new StepSpan(d, 2, a, day.AddDays(3), day.AddDays(4))])], day.AddDays(9), Days);
        result.ShouldHaveSingleItem().ShouldBe(new StepFigures(2, a, 1, 1, 0, 1, 1));
    }
}
