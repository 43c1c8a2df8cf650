using KyCuong.Web.Modules.Submissions;
using KyCuong.Web.Modules.Submissions.Domain;

namespace KyCuong.UnitTests.Submissions;

/// <summary>docs/domain.md §9 / §11: the office's clock stops while a submission is back with the sender.</summary>
public sealed class SubmissionClockTests
{
    // Weekdays only: enough to check the interval arithmetic (holidays are the calendar's business).
    private static int Weekdays(DateOnly fromExclusive, DateOnly toInclusive)
    {
        var n = 0;
        for (var d = fromExclusive.AddDays(1); d <= toInclusive; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                n++;
            }
        }

        return n;
    }

    private static DateOnly D(int day) => new(2026, 2, day);

    [Fact]
    public void Draft_HasNoClock()
    {
        var c = SubmissionClock.Compute([], D(10), Weekdays);
        c.ShouldBe(new SubmissionClockDto(0, 0, null));
    }

    [Fact]
    public void OpenOfficeInterval_RunsToToday()
    {
        var c = SubmissionClock.Compute([(SubmissionEventKind.Submitted, D(3))], D(6), Weekdays);
        c.DaysWithOffice.ShouldBe(3);
        c.RunningFor.ShouldBe("office");
    }

    [Fact]
    public void ReturnAndResubmit_SplitsOfficeAndSenderTime_AcrossAWeekend()
    {
        var events = new[]
        {
            (SubmissionEventKind.Submitted, D(3)),
            (SubmissionEventKind.Returned, D(5)),
            (SubmissionEventKind.Submitted, D(10)),
            (SubmissionEventKind.Accepted, D(11)),
        };
        var c = SubmissionClock.Compute(events, D(20), Weekdays);
        c.DaysWithOffice.ShouldBe(3);
        c.DaysWithSender.ShouldBe(3);
        c.RunningFor.ShouldBeNull();
    }

    [Fact]
    public void SameDayReturn_CountsNothing()
    {
        var c = SubmissionClock.Compute([(SubmissionEventKind.Submitted, D(3)), (SubmissionEventKind.Returned, D(3))], D(3), Weekdays);
        c.ShouldBe(new SubmissionClockDto(0, 0, "sender"));
    }
}
