using KyCuong.Calendar;
using KyCuong.Web.Modules.Chasing.Domain;

namespace KyCuong.UnitTests.Chasing;

/// <summary>The reminder ladder's dates on the Vietnamese working calendar (docs/domain.md §7, §10).</summary>
public sealed class LadderPlanTests
{
    private static readonly WorkingCalendar Calendar = WorkingCalendar.Default;

    private static LadderPlan Plan(Action<ReminderLadder>? configure = null)
    {
        var ladder = ReminderLadder.Default(Guid.Empty);
        configure?.Invoke(ladder);
        return new LadderPlan(ladder, Calendar.IsWorkingDay);
    }

    private static DateTime Vn(int y, int m, int d, int h, int min = 0) => new DateTimeOffset(y, m, d, h, min, 0, TimeSpan.FromHours(7)).UtcDateTime;

    [Fact]
    public void Steps_DueBeforeTet_TwoBeforeOnTheDayThenEachWorkingDayAfterSkippingTet()
    {
        var due = new DateOnly(2026, 2, 13);
        var steps = Plan().Steps(due).Take(4).ToList();
        steps[0].ShouldBe((-2, new DateOnly(2026, 2, 11)));
        steps[1].ShouldBe((0, due));
        steps[2].ShouldBe((1, Calendar.AddWorkingDays(due, 1)));
        steps[3].ShouldBe((2, Calendar.AddWorkingDays(due, 2)));
        steps.Select(s => s.Date).ShouldAllBe(d => Calendar.IsWorkingDay(d));
        steps[2].Date.ShouldBeGreaterThan(new DateOnly(2026, 2, 17));
    }

    [Fact]
    public void Steps_DueOnSaturday_MovesToNextWorkingDay()
    {
        var steps = Plan().Steps(new DateOnly(2026, 3, 7)).Take(3).ToList();
        steps[1].ShouldBe((0, new DateOnly(2026, 3, 9)));
        steps[0].ShouldBe((-2, new DateOnly(2026, 3, 5)));
        steps[2].ShouldBe((1, new DateOnly(2026, 3, 10)));
    }

    [Fact]
    public void Steps_EveryTwoWorkingDays_SkipsBetween()
    {
        var steps = Plan(l => l.OverdueEveryDays = 2).Steps(new DateOnly(2026, 3, 9)).Where(s => s.Step >= 1).Take(3).Select(s => s.Date).ToList();
        steps.ShouldBe([new DateOnly(2026, 3, 10), new DateOnly(2026, 3, 12), new DateOnly(2026, 3, 16)]);
    }

    [Theory]
    [InlineData(2026, 3, 10, 9, 0, true)]
    [InlineData(2026, 3, 10, 7, 0, false)]
    [InlineData(2026, 3, 10, 20, 0, false)]
    [InlineData(2026, 3, 14, 10, 0, false)]
    [InlineData(2026, 3, 10, 17, 0, false)]
    [InlineData(2026, 3, 10, 7, 30, true)]
    public void IsWorkingTime_WorkingDaysWithinHoursOnly(int y, int m, int d, int h, int min, bool expected) =>
        Plan().IsWorkingTime(Vn(y, m, d, h, min)).ShouldBe(expected);

    [Fact]
    public void NextSendingInstant_FridayNight_NextMondayAtEight()
    {
        Plan().NextSendingInstant(Vn(2026, 3, 13, 20)).ShouldBe(Vn(2026, 3, 16, 8));
        Plan().NextSendingInstant(Vn(2026, 3, 16, 7)).ShouldBe(Vn(2026, 3, 16, 8));
    }

    [Fact]
    public void Plan_NewWatch_FirstStepTodayOrLater_NeverRepeatsSentStep()
    {
        var due = new DateOnly(2026, 3, 13);
        Plan().Plan(due, null, new DateOnly(2026, 3, 2)).ShouldBe((-2, Vn(2026, 3, 11, 8)));
        Plan().Plan(due, null, new DateOnly(2026, 3, 12)).ShouldBe((0, Vn(2026, 3, 13, 8)));
        Plan().Plan(due, 0, new DateOnly(2026, 3, 13)).ShouldBe((1, Vn(2026, 3, 16, 8)));
        Plan().Plan(due, null, new DateOnly(2026, 3, 17)).Step.ShouldBe(2);
    }

    [Fact]
    public void Current_AfterDaysWithoutSweep_SendsLatestStepOnce()
    {
        var due = new DateOnly(2026, 3, 13);
        var current = Plan().Current(due, 1, Vn(2026, 3, 18, 9));
        current.ShouldNotBeNull();
        current.Value.Step.ShouldBe(3);
        current.Value.NextStep.ShouldBe(4);
        current.Value.NextAtUtc.ShouldBe(Vn(2026, 3, 19, 8));
        Plan().Current(due, 3, Vn(2026, 3, 18, 9)).ShouldBeNull();
    }

    [Fact]
    public void BeforeOffsets_ParsedLargestFirst_IgnoresJunk()
    {
        new ReminderLadder { BeforeDays = "0, 2,x,5,2" }.BeforeOffsets().ShouldBe([5, 2, 0]);
    }
}
