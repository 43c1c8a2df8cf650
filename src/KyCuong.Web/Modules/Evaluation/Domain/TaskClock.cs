using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Evaluation.Domain;

internal enum ClockState
{
    /// <summary>A person holds the task and the clock runs against them.</summary>
    Held,

    /// <summary>The holder asked for an extension and waits for the assigning side's decision.</summary>
    WaitingForExtension,

    /// <summary>A completion was reported and waits for the assigning side's review.</summary>
    WaitingForReview,

    /// <summary>Returned to the assigner as outside the unit's competence, waiting to be re-routed.</summary>
    Returned,

    /// <summary>Nobody named holds it (a unit without a lead person).</summary>
    Unheld,

    Done,
}

/// <summary>The facts of one task's life the clock is split from (read through Tasks' contract, never its tables).</summary>
internal sealed record ClockFacts(
    DateOnly? OriginalDueDate,
    DateTime AssignedAtUtc,
    Guid? AssignerUserId,
    IReadOnlyList<ClockHolding> Holdings,
    IReadOnlyList<ClockExtension> Extensions,
    IReadOnlyList<ClockCompletion> Completions,
    IReadOnlyList<ClockReturn> Returns);

internal sealed record ClockHolding(Guid UserId, DateTime FromUtc, DateTime? ToUtc);

internal sealed record ClockExtension(DateTime RequestedAtUtc, DateTime? DecidedAtUtc, bool Approved, DateOnly NewDueDate, Guid? DecidedByUserId);

/// <summary>A reported completion; <see cref="ReopenedAtUtc"/> when the review sent it back, <see cref="ReviewedAtUtc"/> when judged.</summary>
internal sealed record ClockCompletion(DateTime AtUtc, DateTime? ReviewedAtUtc, DateTime? ReopenedAtUtc, Guid? ReviewerUserId);

internal sealed record ClockReturn(DateTime AtUtc, DateTime? ReroutedAtUtc);

/// <summary>One stretch of a task's life: who (if anyone) the clock ran against, and the days past the deadline in it.</summary>
internal sealed record ClockSegment(ClockState State, Guid? UserId, DateTime FromUtc, DateTime ToUtc, int LateDays, IReadOnlyList<DateOnly> DeadlinesMissed)
{
    public double Days => (ToUtc - FromUtc).TotalDays;
}

/// <summary>
/// Who held the clock (docs/domain.md "Evaluation"): a task's life split into segments — held by a person, waiting for the superior's
/// decision on an extension or a review, returned to the sender, done — and each day past the deadline in force charged to the
/// segment that covered the start of that day. A delay counts only against the person holding the task when the clock ran:
/// days spent waiting for the superior's decision are the superior's, never the holder's.
/// </summary>
internal static class TaskClock
{
    public static IReadOnlyList<ClockSegment> Split(ClockFacts f, DateTime untilUtc)
    {
        var points = new SortedSet<DateTime> { f.AssignedAtUtc, untilUtc };
        foreach (var h in f.Holdings)
        {
            points.Add(h.FromUtc);
            points.Add(h.ToUtc ?? untilUtc);
        }

        foreach (var e in f.Extensions)
        {
            points.Add(e.RequestedAtUtc);
            points.Add(e.DecidedAtUtc ?? untilUtc);
        }

        foreach (var c in f.Completions)
        {
            points.Add(c.AtUtc);
            points.Add(c.ReviewedAtUtc ?? untilUtc);
            points.Add(c.ReopenedAtUtc ?? untilUtc);
        }

        foreach (var r in f.Returns)
        {
            points.Add(r.AtUtc);
            points.Add(r.ReroutedAtUtc ?? untilUtc);
        }

        var cuts = points.Where(p => p >= f.AssignedAtUtc && p <= untilUtc).ToList();
        var raw = new List<(ClockState State, Guid? User, DateTime From, DateTime To)>();
        for (var i = 0; i + 1 < cuts.Count; i++)
        {
            var (state, user) = StateAt(f, cuts[i]);
            if (raw.Count > 0 && raw[^1].State == state && raw[^1].User == user)
            {
                raw[^1] = raw[^1] with { To = cuts[i + 1] };
            }
            else
            {
                raw.Add((state, user, cuts[i], cuts[i + 1]));
            }
        }

        // No day up to the earliest deadline the task ever had (the first one or any approved extension's) can be past the deadline in
        // force then, nor any day while no deadline is in force: the day-by-day walk starts after it (the same days counted, without
        // walking the months a task is held on time; docs/performance.md "Evaluation of a province's quarter: profile").
        var earliest = f.Extensions.Where(e => e.Approved && e.DecidedAtUtc is not null).Select(e => (DateOnly?)e.NewDueDate).Append(f.OriginalDueDate)
            .Where(d => d is not null).Min();
        var segments = new List<ClockSegment>();
        foreach (var s in raw)
        {
            var missed = new SortedSet<DateOnly>();
            var late = 0;
            // Each day whose start (00:00 Vietnam time) falls in the segment and lies after the deadline in force then.
            var day = VietnamDate(s.From);
            if (VietnamTime.StartOfDay(day).UtcDateTime < s.From)
            {
                day = day.AddDays(1);
            }

            if (earliest is null)
            {
                segments.Add(new ClockSegment(s.State, s.User, s.From, s.To, 0, []));
                continue;
            }

            if (day <= earliest.Value)
            {
                day = earliest.Value.AddDays(1);
            }

            for (; s.State != ClockState.Done && VietnamTime.StartOfDay(day).UtcDateTime < s.To; day = day.AddDays(1))
            {
                if (DueInForce(f, VietnamTime.StartOfDay(day).UtcDateTime) is DateOnly due && day > due)
                {
                    late++;
                    missed.Add(due);
                }
            }

            segments.Add(new ClockSegment(s.State, s.User, s.From, s.To, late, missed.ToList()));
        }

        return segments;
    }

    /// <summary>A person's delays on the task: the distinct deadlines (the first and each extended one) that passed while they held it.</summary>
    public static int DelaysOf(IEnumerable<ClockSegment> segments, Guid userId) =>
        segments.Where(s => s.State == ClockState.Held && s.UserId == userId).SelectMany(s => s.DeadlinesMissed).Distinct().Count();

    public static int LateDaysOf(IEnumerable<ClockSegment> segments, Guid userId) =>
        segments.Where(s => s.State == ClockState.Held && s.UserId == userId).Sum(s => s.LateDays);

    /// <summary>The deadline in force at an instant: the first one, moved by each extension approved before it.</summary>
    public static DateOnly? DueInForce(ClockFacts f, DateTime atUtc)
    {
        var due = f.OriginalDueDate;
        foreach (var e in f.Extensions.Where(e => e.Approved && e.DecidedAtUtc is { } d && d <= atUtc).OrderBy(e => e.DecidedAtUtc))
        {
            due = e.NewDueDate;
        }

        return due;
    }

    private static (ClockState, Guid?) StateAt(ClockFacts f, DateTime t)
    {
        foreach (var c in f.Completions)
        {
            if (c.AtUtc <= t && (c.ReopenedAtUtc is null || t < c.ReopenedAtUtc))
            {
                return c.ReviewedAtUtc is null || t < c.ReviewedAtUtc ? (ClockState.WaitingForReview, c.ReviewerUserId) : (ClockState.Done, null);
            }
        }

        if (f.Returns.Any(r => r.AtUtc <= t && (r.ReroutedAtUtc is null || t < r.ReroutedAtUtc)))
        {
            return (ClockState.Returned, f.AssignerUserId);
        }

        if (f.Extensions.FirstOrDefault(e => e.RequestedAtUtc <= t && (e.DecidedAtUtc is null || t < e.DecidedAtUtc)) is { } pending)
        {
            return (ClockState.WaitingForExtension, pending.DecidedByUserId ?? f.AssignerUserId);
        }

        var holder = f.Holdings.LastOrDefault(h => h.FromUtc <= t && (h.ToUtc is null || t < h.ToUtc));
        return holder is null ? (ClockState.Unheld, null) : (ClockState.Held, holder.UserId);
    }

    private static DateOnly VietnamDate(DateTime utc) => DateOnly.FromDateTime(VietnamTime.ToVietnam(utc).DateTime);
}
