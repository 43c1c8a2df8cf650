using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Evaluation.GetUnitEvaluation;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace KyCuong.Web.Modules.Evaluation.GradingMinutes;

/// <summary>One person's line of the grading minutes (docs/api.md "Evaluation: saved grades").</summary>
internal sealed record MinutesLineDto(Guid UserId, string Name, string Title, bool Head, decimal? Total, string? ProposedGrade, string? SelfGrade, string? FinalGrade,
    string? ForcedReason);

/// <summary>The minutes of one saved grading: who saved it, when, and the figures at that moment.</summary>
internal sealed record GradingMinutesDto(Guid Id, Guid UnitId, string UnitName, string Period, int Version, DateTimeOffset SavedAt, Guid? SavedByUserId, string SavedByName,
    bool OutstandingBody, string? UnitGrade, GradeCounts Counts, int MaxExcellent, string? Note, IReadOnlyList<MinutesLineDto> People);

internal sealed record GradingVersionDto(Guid Id, int Version, DateTimeOffset SavedAt, string SavedByName);

internal sealed record GradingVersionsDto(Guid UnitId, string Period, IReadOnlyList<GradingVersionDto> Versions);

/// <summary>A person's grade as last saved for a period: the version that decided it.</summary>
internal sealed record SavedGradeDto(Guid DecisionId, int Version, string? Grade, string? GradeLabel, DateTimeOffset SavedAt, string SavedByName);

/// <summary>
/// Reads the saved gradings (docs/domain.md "Evaluation: self-assessment and saved grades"): every version of a unit's period, each
/// version's minutes, and a person's latest saved grade. Minutes are the managers' and the personnel office's (the unit's readers).
/// </summary>
internal sealed class GradingMinutesHandler(AppDbContext db, EvaluationAccess access, IUnitDirectory units)
{
    public async Task<GradingVersionsDto> VersionsAsync(Guid unitId, string period, CancellationToken ct)
    {
        await access.EnsureCanSeeUnitAsync(unitId, ct);
        var p = EvaluationPeriod.Parse(period);
        var rows = await db.EvaluationGradingDecisions.AsNoTracking().Where(d => d.UnitId == unitId && d.PeriodKey == p.Key)
            .Select(d => new { d.Id, d.Version, d.SavedAtUtc, d.SavedByName }).ToListAsync(ct);
        return new GradingVersionsDto(unitId, p.Key, rows.OrderByDescending(d => d.Version)
            .Select(d => new GradingVersionDto(d.Id, d.Version, VietnamTime.ToVietnam(d.SavedAtUtc), d.SavedByName)).ToList());
    }

    public async Task<GradingMinutesDto> MinutesAsync(Guid decisionId, CancellationToken ct)
    {
        var d = await db.EvaluationGradingDecisions.AsNoTracking().Include(x => x.Entries).FirstOrDefaultAsync(x => x.Id == decisionId, ct)
                ?? throw new NotFoundException("Không tìm thấy biên bản xếp loại. / No such grading.");
        try
        {
            await access.EnsureCanSeeUnitAsync(d.UnitId, ct);
        }
        catch (NotFoundException)
        {
            throw new NotFoundException("Không tìm thấy biên bản xếp loại. / No such grading.");
        }

        return await ToDtoAsync(d, ct);
    }

    public async Task<GradingMinutesDto> ToDtoAsync(GradingDecision d, CancellationToken ct)
    {
        var finals = d.Entries.Where(e => e.FinalGrade is not null).Select(e => e.FinalGrade!.Value).ToList();
        var counts = new GradeCounts(finals.Count(g => g == Grade.Excellent), finals.Count(g => g == Grade.Good), finals.Count(g => g == Grade.Completed),
            finals.Count(g => g == Grade.NotCompleted), d.Entries.Count - finals.Count);
        var lines = d.Entries.OrderBy(e => e.Name, StringComparer.Ordinal).Select(e => new MinutesLineDto(e.UserId, e.Name, e.Title, e.Head, e.Total,
            e.ProposedGrade?.ApiName(), e.SelfGrade?.ApiName(), e.FinalGrade?.ApiName(), e.ForcedReason)).ToList();
        var unitName = (await units.FindAsync(d.UnitId, ct))?.Name ?? "";
        return new GradingMinutesDto(d.Id, d.UnitId, unitName, d.PeriodKey, d.Version, VietnamTime.ToVietnam(d.SavedAtUtc), d.SavedByUserId, d.SavedByName,
            d.OutstandingBody, d.UnitGrade?.ApiName(), counts, d.MaxExcellent, d.Note, lines);
    }

    /// <summary>
    /// The latest saved grading of the period that graded the person (null before any; a later version that leaves them ungraded does
    /// not undo it). No access check: callers check first.
    /// </summary>
    public async Task<SavedGradeDto?> LatestForPersonAsync(Guid userId, string periodKey, CancellationToken ct)
    {
        var latest = await (from e in db.EvaluationGradingEntries.AsNoTracking()
                            join d in db.EvaluationGradingDecisions.AsNoTracking() on e.DecisionId equals d.Id
                            where e.UserId == userId && d.PeriodKey == periodKey && e.FinalGrade != null
                            select new { d.Id, d.Version, d.SavedAtUtc, d.SavedByName, e.FinalGrade }).ToListAsync(ct);
        var last = latest.OrderBy(x => x.SavedAtUtc).ThenBy(x => x.Version).LastOrDefault();
        return last is null ? null
            : new SavedGradeDto(last.Id, last.Version, last.FinalGrade?.ApiName(), last.FinalGrade?.Label(), VietnamTime.ToVietnam(last.SavedAtUtc), last.SavedByName);
    }

    /// <summary><see cref="LatestForPersonAsync"/> for many people, one query per thousand: by person, only those graded.</summary>
    public async Task<IReadOnlyDictionary<Guid, SavedGradeDto>> LatestForPeopleAsync(IReadOnlyCollection<Guid> userIds, string periodKey, CancellationToken ct)
    {
        var result = new Dictionary<Guid, SavedGradeDto>();
        foreach (var chunk in userIds.Distinct().Chunk(1000))
        {
            var rows = await (from e in db.EvaluationGradingEntries.AsNoTracking()
                              join d in db.EvaluationGradingDecisions.AsNoTracking() on e.DecisionId equals d.Id
                              where chunk.Contains(e.UserId) && d.PeriodKey == periodKey && e.FinalGrade != null
                              select new { e.UserId, d.Id, d.Version, d.SavedAtUtc, d.SavedByName, e.FinalGrade }).ToListAsync(ct);
            foreach (var g in rows.GroupBy(r => r.UserId))
            {
                var last = g.OrderBy(x => x.SavedAtUtc).ThenBy(x => x.Version).Last();
                result[g.Key] = new SavedGradeDto(last.Id, last.Version, last.FinalGrade?.ApiName(), last.FinalGrade?.Label(), VietnamTime.ToVietnam(last.SavedAtUtc),
                    last.SavedByName);
            }
        }

        return result;
    }

    /// <summary>The person has been graded in a saved decision of the period: their self-assessment is closed.</summary>
    public Task<bool> IsGradedAsync(Guid userId, string periodKey, CancellationToken ct) =>
        (from e in db.EvaluationGradingEntries
         join d in db.EvaluationGradingDecisions on e.DecisionId equals d.Id
         where e.UserId == userId && d.PeriodKey == periodKey && e.FinalGrade != null
         select e.Id).AnyAsync(ct);
}
