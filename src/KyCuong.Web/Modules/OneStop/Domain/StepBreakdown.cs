namespace KyCuong.Web.Modules.OneStop.Domain;

/// <summary>A dossier judged in a period as the step breakdown needs it: its due date, whether it is late, and its steps.</summary>
internal sealed record JudgedDossier(Guid DossierId, DateOnly DueDate, bool Late, IReadOnlyList<StepSpan> Steps);

/// <summary>
/// One step position of a procedure at one unit, over the dossiers judged in a period: how many dossiers it held, the working days
/// it used and the working days it was allowed (what was left of the time limit when the dossier reached it), how many of those
/// steps ran past the due date, and how many late dossiers are charged to it.
/// </summary>
internal sealed record StepFigures(int Seq, Guid UnitId, int Dossiers, int WorkingDaysUsed, int WorkingDaysAllowed, int Overran, int LateDossiers);

/// <summary>
/// Where the time of a procedure's dossiers went, step by step (docs/domain.md "One-stop by procedure and
/// step; procedures catalogue"). A step's allowance is the working days from the day it started to the due date of the receipt (none once the due date
/// has passed): the time limit (Nghị định 118/2025/NĐ-CP) binds the whole dossier, so each unit has what the units before it left.
/// A step overran when it used more than its allowance, which is the step in which the dossier went past its due date. Each late
/// dossier is charged to the step that held it longest (<see cref="LostTime.Charged"/>), the same rule as the body's summary.
/// </summary>
internal static class StepBreakdown
{
    public static IReadOnlyList<StepFigures> Of(IEnumerable<JudgedDossier> dossiers, DateOnly asOf, Func<DateOnly, DateOnly, int> countWorkingDays)
    {
        var rows = new Dictionary<(int Seq, Guid Unit), (int Dossiers, int Used, int Allowed, int Overran, int Late)>();
        foreach (var dossier in dossiers)
        {
            var culprit = dossier.Late ? LostTime.Charged(dossier.Steps, asOf, countWorkingDays) : null;
            foreach (var step in dossier.Steps)
            {
                var used = LostTime.Held(step, asOf, countWorkingDays);
                var allowed = dossier.DueDate <= step.StartedOn ? 0 : countWorkingDays(step.StartedOn, dossier.DueDate);
                var key = (step.Seq, step.UnitId);
                var r = rows.GetValueOrDefault(key);
                rows[key] = (r.Dossiers + 1, r.Used + used, r.Allowed + allowed, r.Overran + (used > allowed ? 1 : 0),
                    r.Late + (culprit is not null && culprit.Seq == step.Seq ? 1 : 0));
            }
        }

        return [.. rows.Select(r => new StepFigures(r.Key.Seq, r.Key.Unit, r.Value.Dossiers, r.Value.Used, r.Value.Allowed, r.Value.Overran, r.Value.Late))
            .OrderBy(r => r.Seq).ThenByDescending(r => r.Dossiers).ThenBy(r => r.UnitId)];
    }
}
