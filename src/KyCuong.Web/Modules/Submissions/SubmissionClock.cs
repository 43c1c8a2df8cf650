using KyCuong.Web.Modules.Submissions.Domain;

namespace KyCuong.Web.Modules.Submissions;

/// <summary>Working days a submission spent with the superior's office and back with the sender.</summary>
internal sealed record SubmissionClockDto(int DaysWithOffice, int DaysWithSender, string? RunningFor);

/// <summary>
/// docs/domain.md §9: "the clock stops while it is back with the sender"; §11: time waiting on others does not count against the
/// one waiting. Office time runs from each sending to the return or acceptance; sender time from each return to the next
/// sending. Working days are counted as a period (Civil Code 2015 art. 147: the day of the event is not counted).
/// </summary>
internal static class SubmissionClock
{
    /// <param name="events">The submission's steps in order.</param>
    /// <param name="today">Today, Vietnam time: an open interval runs to it.</param>
    /// <param name="countWorkingDays">Working days after the first date up to and including the second.</param>
    public static SubmissionClockDto Compute(IEnumerable<(SubmissionEventKind Kind, DateOnly On)> events, DateOnly today, Func<DateOnly, DateOnly, int> countWorkingDays)
    {
        var office = 0;
        var sender = 0;
        DateOnly? since = null;
        string? running = null;
        foreach (var (kind, on) in events)
        {
            if (since is { } start && running is not null)
            {
                var days = on > start ? countWorkingDays(start, on) : 0;
                if (running == "office")
                {
                    office += days;
                }
                else
                {
                    sender += days;
                }
            }

            (since, running) = kind switch
            {
                SubmissionEventKind.Submitted => (on, "office"),
                SubmissionEventKind.Returned => (on, "sender"),
                _ => ((DateOnly?)null, (string?)null),
            };
        }

        if (since is { } open && running is not null && today > open)
        {
            var days = countWorkingDays(open, today);
            if (running == "office")
            {
                office += days;
            }
            else
            {
                sender += days;
            }
        }

        return new SubmissionClockDto(office, sender, running);
    }
}
