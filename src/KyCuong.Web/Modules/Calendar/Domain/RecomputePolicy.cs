using KyCuong.Calendar;

namespace KyCuong.Web.Modules.Calendar.Domain;

/// <summary>
/// Which deadlines a re-computation moves: only those not yet passed (due on or after today: a deadline already missed
/// stays missed, docs/domain.md §7), and only those whose date under the current calendar differs from the one given.
/// </summary>
internal static class RecomputePolicy
{
    public sealed record Candidate(Guid Id, string OwnerType, Guid OwnerId, DateOnly TriggerDate, int WorkingDays, DateOnly DueDate);

    public sealed record Move(Candidate Deadline, DateOnly NewDue);

    public static bool IsOpen(DateOnly due, DateOnly today) => due >= today;

    public static IReadOnlyList<Move> Moves(IEnumerable<Candidate> deadlines, WorkingCalendar calendar, DateOnly today)
    {
        var moves = new List<Move>();
        foreach (var d in deadlines)
        {
            if (!IsOpen(d.DueDate, today) || d.WorkingDays < 0 || d.TriggerDate < calendar.FirstDate || d.TriggerDate > calendar.LastDate)
            {
                continue;
            }

            DateOnly newDue;
            try
            {
                newDue = calendar.AddWorkingDays(d.TriggerDate, d.WorkingDays);
            }
            catch (ArgumentOutOfRangeException)
            {
                // Past the calendar's last year (2100): nothing to recompute against.
                continue;
            }

            if (newDue != d.DueDate)
            {
                moves.Add(new Move(d, newDue));
            }
        }

        return moves.OrderBy(m => m.Deadline.DueDate).ThenBy(m => m.Deadline.OwnerType, StringComparer.Ordinal).ThenBy(m => m.Deadline.OwnerId).ToList();
    }
}
