namespace KyCuong.Web.Modules.OneStop.Domain;

/// <summary>A step as the lost-time rule needs it: which unit held the dossier, from when, until when (null: still holding).</summary>
internal sealed record StepSpan(Guid DossierId, int Seq, Guid UnitId, DateOnly StartedOn, DateOnly? EndedOn);

/// <summary>A unit and what it held of the late dossiers: how many it held longest, and the working days it held them in total.</summary>
internal sealed record UnitDelay(Guid UnitId, int LateDossiers, int WorkingDaysHeld);

/// <summary>
/// Where the time was lost (docs/domain.md "One-stop dossiers"): for every late dossier, the unit whose step held it the most working
/// days is the one it is charged to (a tie goes to the earlier step, which made the later ones wait). Working days held are counted
/// after the day the step started up to the day it ended (Civil Code 2015 art. 147: the first day is not counted).
/// </summary>
internal static class LostTime
{
    public static IReadOnlyList<UnitDelay> Attribute(IEnumerable<StepSpan> stepsOfLateDossiers, DateOnly asOf, Func<DateOnly, DateOnly, int> countWorkingDays)
    {
        var charged = new Dictionary<Guid, int>();
        var held = new Dictionary<Guid, int>();
        foreach (var dossier in stepsOfLateDossiers.GroupBy(s => s.DossierId))
        {
            foreach (var step in dossier)
            {
                held[step.UnitId] = held.GetValueOrDefault(step.UnitId) + Held(step, asOf, countWorkingDays);
            }

            if (Charged(dossier, asOf, countWorkingDays) is { } culprit)
            {
                charged[culprit.UnitId] = charged.GetValueOrDefault(culprit.UnitId) + 1;
            }
        }

        return [.. held.Select(h => new UnitDelay(h.Key, charged.GetValueOrDefault(h.Key), h.Value))
            .OrderByDescending(d => d.LateDossiers).ThenByDescending(d => d.WorkingDaysHeld).ThenBy(d => d.UnitId)];
    }

    /// <summary>The working days a step held its dossier: after the day it started up to the day it ended (or <paramref name="asOf"/>).</summary>
    public static int Held(StepSpan step, DateOnly asOf, Func<DateOnly, DateOnly, int> countWorkingDays)
    {
        var end = step.EndedOn ?? asOf;
        return end <= step.StartedOn ? 0 : countWorkingDays(step.StartedOn, end);
    }

    /// <summary>The step a late dossier is charged to: the one that held it the most working days, the earlier on a tie.</summary>
    public static StepSpan? Charged(IEnumerable<StepSpan> stepsOfOneDossier, DateOnly asOf, Func<DateOnly, DateOnly, int> countWorkingDays)
    {
        StepSpan? longest = null;
        var most = -1;
        foreach (var step in stepsOfOneDossier.OrderBy(s => s.Seq))
        {
            var days = Held(step, asOf, countWorkingDays);
            if (days > most)
            {
                most = days;
                longest = step;
            }
        }

        return longest;
    }
}
