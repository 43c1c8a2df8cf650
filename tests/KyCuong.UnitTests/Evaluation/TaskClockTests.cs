using KyCuong.Web.Modules.Evaluation.Domain;

namespace KyCuong.UnitTests.Evaluation;

/// <summary>
/// Who held the clock (docs/domain.md "Evaluation"): each day past the deadline in force is charged to the segment covering its start;
/// only days the person held the task count as their delays.
/// </summary>
public sealed class TaskClockTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static readonly Guid Boss = Guid.NewGuid();

    private static DateTime Vn(int m, int d, int h = 10) => new DateTimeOffset(2026, m, d, h, 0, 0, TimeSpan.FromHours(7)).UtcDateTime;

    private static ClockFacts Facts(ClockHolding[] holdings, ClockExtension[]? extensions = null, ClockCompletion[]? completions = null, ClockReturn[]? returns = null) =>
        new(new DateOnly(2026, 8, 14), Vn(8, 3, 9), Boss, holdings, extensions ?? [], completions ?? [], returns ?? []);

    [Fact]
    public void ExtensionDecidedLate_TheWaitingDaysAreTheSuperiors_NotTheHolders()
    {
        // Due Fri 14/8. A asks on 13/8; the superior decides on 18/8 (new due 25/8); A completes on 20/8.
        // Days starting 15, 16, 17, 18/8 fall in the wait (due still 14/8): 4 late days, all the superior's. A: none.
        var f = Facts([new ClockHolding(A, Vn(8, 3, 9), Vn(8, 20))], [new ClockExtension(Vn(8, 13), Vn(8, 18), true, new DateOnly(2026, 8, 25), Boss)],
            [new ClockCompletion(Vn(8, 20), null, null, Boss)]);
        var s = TaskClock.Split(f, Vn(8, 20));
        s.Select(x => x.State).ShouldBe([ClockState.Held, ClockState.WaitingForExtension, ClockState.Held]);
        s[1].UserId.ShouldBe(Boss);
        s[1].LateDays.ShouldBe(4);
        TaskClock.DelaysOf(s, A).ShouldBe(0);
        TaskClock.LateDaysOf(s, A).ShouldBe(0);
    }

    [Fact]
    public void ExtendedDeadlineMissed_IsOneDelayOfTheHolder()
    {
        var f = Facts([new ClockHolding(A, Vn(8, 3, 9), Vn(8, 27))], [new ClockExtension(Vn(8, 13), Vn(8, 18), true, new DateOnly(2026, 8, 25), Boss)]);
        var s = TaskClock.Split(f, Vn(8, 27));
        TaskClock.LateDaysOf(s, A).ShouldBe(2); // 26 and 27/8
        TaskClock.DelaysOf(s, A).ShouldBe(1);
    }

    [Fact]
    public void HandedOn_OnlyTheLateHolderIsCharged()
    {
        // A hands to B on 10/8 (before the deadline); B completes on 17/8: days 15, 16, 17 are B's.
        var f = Facts([new ClockHolding(A, Vn(8, 3, 9), Vn(8, 10)), new ClockHolding(B, Vn(8, 10), Vn(8, 17))]);
        var s = TaskClock.Split(f, Vn(8, 17));
        TaskClock.LateDaysOf(s, B).ShouldBe(3);
        TaskClock.DelaysOf(s, B).ShouldBe(1);
        TaskClock.DelaysOf(s, A).ShouldBe(0);
    }

    [Fact]
    public void RefusedExtension_TheWaitIsStillTheSuperiors_LaterDaysTheHolders()
    {
        // Asked 13/8, refused 17/8 (days 15, 16, 17 the superior's); A completes on 19/8 (days 18, 19 A's, deadline 14/8 missed once).
        var f = Facts([new ClockHolding(A, Vn(8, 3, 9), Vn(8, 19))], [new ClockExtension(Vn(8, 13), Vn(8, 17), false, new DateOnly(2026, 8, 25), Boss)]);
        var s = TaskClock.Split(f, Vn(8, 19));
        s.Single(x => x.State == ClockState.WaitingForExtension).LateDays.ShouldBe(3);
        TaskClock.LateDaysOf(s, A).ShouldBe(2);
        TaskClock.DelaysOf(s, A).ShouldBe(1);
    }

    [Fact]
    public void ReturnedToTheSender_IsNotTheHoldersTime_AndADoneTaskRunsNoClock()
    {
        var f = Facts([new ClockHolding(A, Vn(8, 3, 9), Vn(8, 12))], returns: [new ClockReturn(Vn(8, 12), null)]);
        var s = TaskClock.Split(f, Vn(8, 20));
        s[^1].State.ShouldBe(ClockState.Returned);
        s[^1].LateDays.ShouldBe(6); // 15–20/8, the assigner's to re-route
        TaskClock.DelaysOf(s, A).ShouldBe(0);

        var done = Facts([new ClockHolding(A, Vn(8, 3, 9), Vn(8, 12))], completions: [new ClockCompletion(Vn(8, 12), Vn(8, 13), null, Boss)]);
        TaskClock.Split(done, Vn(8, 30)).Sum(x => x.LateDays).ShouldBe(0);
    }
}
