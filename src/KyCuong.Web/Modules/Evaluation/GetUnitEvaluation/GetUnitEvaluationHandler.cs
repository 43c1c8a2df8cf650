using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Time;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Evaluation.GetUnitEvaluation;

internal sealed record UnitPersonDto(Guid UserId, string Name, string Title, decimal? Total, string? Grade, string? ForcedReason);

internal sealed record GradeCounts(int Excellent, int Good, int Completed, int NotCompleted, int Ungraded);

/// <summary>docs/api.md "Evaluation": the unit's people with their proposed annual grades, the counts and whether the cap holds.</summary>
internal sealed record UnitEvaluationDto(Guid UnitId, int Year, IReadOnlyList<UnitPersonDto> People, GradeCounts Counts, int MaxExcellent, bool CapOk, string FormulaVersion);

/// <summary>
/// The manager's table (Nghị định 335/2025): the annual score and proposed grade of each person working in the unit, and the cap on
/// "xuất sắc" (at most 20 % of those graded "tốt") checked before the leader confirms. The grades are proposals, not decisions.
/// </summary>
internal sealed class GetUnitEvaluationHandler(EvaluationAccess access, EvaluationCalculator calculator, IPeopleDirectory people, IOptions<EvaluationOptions> options,
    TimeProvider clock)
{
    public async Task<UnitEvaluationDto> HandleAsync(Guid unitId, int year, CancellationToken ct)
    {
        if (year is < 2000 or > 2100)
        {
            throw RequestValidationException.For("year", "Năm đánh giá không hợp lệ. / year is out of range.");
        }

        await access.EnsureCanSeeUnitAsync(unitId, ct);
        var rows = (await RowsAsync(unitId, new EvaluationPeriod(PeriodKind.Year, year, 0), ct))
            .Select(r => new UnitPersonDto(r.Person.UserId, r.Person.FullName, r.Person.Title, r.Evaluation.Total, r.Evaluation.Grade, r.Evaluation.ForcedReason)).ToList();
        var grades = rows.Where(r => r.Grade is not null).Select(r => Enum.GetValues<Grade>().First(g => g.ApiName() == r.Grade)).ToList();
        var counts = new GradeCounts(grades.Count(g => g == Grade.Excellent), grades.Count(g => g == Grade.Good), grades.Count(g => g == Grade.Completed),
            grades.Count(g => g == Grade.NotCompleted), rows.Count - grades.Count);
        var o = options.Value;
        return new UnitEvaluationDto(unitId, year, rows, counts, Grading.MaxExcellent(counts.Good, o.ExcellentCap), Grading.PeopleCapOk(grades, o), o.FormulaVersion);
    }

    /// <summary>Each person working in the unit today (not its sub-units), by name, with their evaluation for the period. No access check.</summary>
    public async Task<IReadOnlyList<(PersonPosition Person, EvaluationDto Evaluation)>> RowsAsync(Guid unitId, EvaluationPeriod period, CancellationToken ct)
    {
        var listed = (await people.PeopleInAsync([unitId], clock.Today(), ct)).Where(p => p.UnitId == unitId).DistinctBy(p => p.UserId)
            .OrderBy(p => p.FullName, StringComparer.Ordinal).ToList();
        var scores = await calculator.EvaluateManyAsync(listed.Select(p => (p.UserId, unitId)).ToList(), period, ct);
        return listed.Select(p => (p, scores[p.UserId])).ToList();
    }
}
