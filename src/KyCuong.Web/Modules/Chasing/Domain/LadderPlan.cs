using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Chasing.Domain;

/// <summary>
/// The dates and instants of a ladder's steps for one due date, on the working calendar (docs/domain.md §7: weekends, Tết and
/// compensatory days are not working days; a due date that is not a working day moves to the next working day, Civil Code
/// art. 148). Step −d is the courtesy notice d working days before the due date; step k ≥ 1 is the k-th overdue reminder,
/// the first on the first working day after the due date (the period ended at the end of that day) and then every N working days.
/// </summary>
internal sealed class LadderPlan(ReminderLadder ladder, Func<DateOnly, bool> isWorkingDay)
{
    private readonly IReadOnlyList<int> _before = ladder.BeforeOffsets();

    public ReminderLadder Ladder { get; } = ladder;

    public DateOnly EffectiveDue(DateOnly due)
    {
        var d = due;
        for (var i = 0; i < 400 && !isWorkingDay(d); i++)
        {
            d = d.AddDays(1);
        }

        return d;
    }

    /// <summary>The steps from the first, with their dates, in order (endless: overdue reminders go on until the task is done).</summary>
    public IEnumerable<(int Step, DateOnly Date)> Steps(DateOnly due)
    {
        var effective = EffectiveDue(due);
        foreach (var days in _before)
        {
            yield return (-days, WorkingDaysBefore(effective, days));
        }

        var every = Math.Max(1, Ladder.OverdueEveryDays);
        var date = NextWorkingDay(effective);
        for (var step = 1; ; step++)
        {
            yield return (step, date);
            for (var i = 0; i < every; i++)
            {
                date = NextWorkingDay(date);
            }
        }
    }

    public DateTime InstantUtc(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(Ladder.SendAtMinute))), VietnamTime.Offset).UtcDateTime;

    /// <summary>Is <paramref name="nowUtc"/> a working day within working hours (the sweep sends nothing outside them)?</summary>
    public bool IsWorkingTime(DateTime nowUtc)
    {
        var vn = VietnamTime.ToVietnam(nowUtc);
        var minute = (vn.Hour * 60) + vn.Minute;
        return isWorkingDay(DateOnly.FromDateTime(vn.DateTime)) && minute >= Ladder.WorkStartMinute && minute < Ladder.WorkEndMinute;
    }

    /// <summary>The next sending instant at or after <paramref name="nowUtc"/> on a working day.</summary>
    public DateTime NextSendingInstant(DateTime nowUtc)
    {
        var date = DateOnly.FromDateTime(VietnamTime.ToVietnam(nowUtc).DateTime);
        for (var i = 0; i < 400; i++, date = date.AddDays(1))
        {
            if (isWorkingDay(date) && InstantUtc(date) >= nowUtc)
            {
                return InstantUtc(date);
            }
        }

        return nowUtc.AddDays(1);
    }

    /// <summary>
    /// Plans a watch: the first step after <paramref name="lastStep"/> whose day is today or later (steps of past days are
    /// not sent late in a burst; an overdue task newly watched starts with today's step).
    /// </summary>
    public (int Step, DateTime AtUtc) Plan(DateOnly due, int? lastStep, DateOnly today)
    {
        foreach (var (step, date) in Steps(due))
        {
            if ((lastStep is null || step > lastStep) && date >= today)
            {
                return (step, InstantUtc(date));
            }
        }

        throw new InvalidOperationException("unreachable: the ladder is endless");
    }

    /// <summary>
    /// The step to send now for a due watch: the latest step after <paramref name="lastStep"/> whose instant has come (a
    /// sweep that could not run for days sends one reminder, not a burst), and the step after it.
    /// </summary>
    public (int Step, int NextStep, DateTime NextAtUtc)? Current(DateOnly due, int? lastStep, DateTime nowUtc)
    {
        (int Step, DateOnly Date)? current = null;
        foreach (var s in Steps(due))
        {
            if (lastStep is not null && s.Step <= lastStep)
            {
                continue;
            }

            if (InstantUtc(s.Date) > nowUtc)
            {
                return current is { } c ? (c.Step, s.Step, InstantUtc(s.Date)) : null;
            }

            current = s;
        }

        return null;
    }

    private DateOnly NextWorkingDay(DateOnly date)
    {
        var d = date.AddDays(1);
        for (var i = 0; i < 400 && !isWorkingDay(d); i++)
        {
            d = d.AddDays(1);
        }

        return d;
    }

    private DateOnly WorkingDaysBefore(DateOnly date, int days)
    {
        var d = date;
        for (var n = 0; n < days;)
        {
            d = d.AddDays(-1);
            if (isWorkingDay(d))
            {
                n++;
            }
        }

        return d;
    }
}
