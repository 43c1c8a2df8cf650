using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Evaluation.GetUnitEvaluation;
using KyCuong.Web.Modules.Evaluation.Patterns;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Evaluation.Candidates;

/// <summary>A decision as recorded (docs/api.md "Evaluation: patterns and candidates").</summary>
internal sealed record CandidateDecisionDto(Guid Id, Guid UserId, int Year, string Kind, string Form, string FormLabel, string DecisionNumber, DateOnly Date, string? Note,
    string? ByName, DateTime At);

/// <summary>One reason a person is listed, with the evidence that supports it.</summary>
internal sealed record CandidateReasonDto(string Code, string Text, IReadOnlyList<PatternCaseDto> Cases);

/// <summary>A candidate for commendation: the grade and the figures behind it, the forms the law allows, and the decisions recorded.</summary>
internal sealed record CommendationCandidateDto(Guid UserId, string Name, string Title, string Grade, string GradeLabel, decimal? Total, int Completed, decimal? OnTimeRate,
    int DifficultProducts, IReadOnlyList<string> Forms, IReadOnlyList<string> Evidence, IReadOnlyList<CandidateDecisionDto> Decisions);

/// <summary>A candidate for review or transfer: every reason, with its cases, and the decisions recorded.</summary>
internal sealed record ReviewCandidateDto(Guid UserId, string Name, string Title, string? Grade, string? GradeLabel, IReadOnlyList<CandidateReasonDto> Reasons,
    IReadOnlyList<CandidateDecisionDto> Decisions);

internal sealed record CandidatesDto(Guid UnitId, string UnitName, int Year, IReadOnlyList<CommendationCandidateDto> Commendation, IReadOnlyList<ReviewCandidateDto> Review,
    IReadOnlyList<string> NotModelled);

/// <summary>
/// docs/domain.md "Evaluation: patterns and candidates": the people of a unit listed for commendation (annual grade "tốt" or above,
/// Luật Thi đua, khen thưởng 2022 Điều 24; "Chiến sĩ thi đua cơ sở" also needs a recognised initiative, Điều 23) and for review or
/// transfer (patterns above their setting, a standing transfer-review flag, two consecutive years "Không hoàn thành"), each with the
/// evidence, in the order of names: never a ranking. The leader decides.
/// </summary>
internal sealed class CandidatesHandler(AppDbContext db, EvaluationAccess access, GetUnitEvaluationHandler unitEvaluation, EvaluationCalculator calculator,
    PatternsCalculator patterns, IUnitDirectory units, IPeopleDirectory people, IOptions<PatternOptions> options, TimeProvider clock)
{
    public async Task<CandidatesDto> HandleAsync(Guid unitId, int? year, CancellationToken ct)
    {
        await access.EnsureCanSeeUnitAsync(unitId, ct);
        if (year is not (>= 2000 and <= 2100))
        {
            throw RequestValidationException.For("year", "Năm phải từ 2000 đến 2100. / year is required, 2000–2100.");
        }

        var o = options.Value;
        var minimum = o.CommendationFromGrade == "excellent" ? Grade.Excellent : Grade.Good;
        var period = new EvaluationPeriod(PeriodKind.Year, year.Value, 0);
        var rows = await unitEvaluation.RowsAsync(unitId, period, ct);
        var ids = rows.Select(r => r.Person.UserId).ToList();
        var above = await patterns.AboveAsync(ids, period, ct);
        var decisions = await DecisionsAsync(unitId, year.Value, ct);
        // Quy định 377-QĐ/TW: the head of a unit that completed less than 70 % of its yearly targets is considered for review.
        var target = await db.EvaluationUnitTargets.AsNoTracking().FirstOrDefaultAsync(t => t.UnitId == unitId && t.Year == year.Value, ct);
        var lowTargetHead = target is not null && target.IsBelow(o.UnitTargetsBelowPercent) && rows.Count > 0
            ? (await people.HeadsOfAsync([unitId], clock.Today(), ct)).GetValueOrDefault(unitId)?.UserId
            : null;

        var commendation = new List<CommendationCandidateDto>();
        var review = new List<ReviewCandidateDto>();
        foreach (var (person, ev) in rows)
        {
            var grade = GradeOf(ev.Grade);
            var mine = decisions.Where(d => d.UserId == person.UserId).ToList();
            if (grade is { } g && g >= minimum)
            {
                var completed = ev.Products.Where(p => p.Completed).ToList();
                decimal? onTime = completed.Count == 0 ? null : Math.Round((decimal)completed.Count(p => p.Delays == 0) / completed.Count, 4);
                var difficult = completed.Count(p => p.ProductGroup is ['N', var c] && c - '0' >= o.DifficultFromGroup);
                var evidence = new List<string>
                {
                    $"Xếp loại đề xuất năm {year}: {g.Label()} ({ev.Total:0.##} điểm).",
                    $"Hoàn thành {completed.Count} nhiệm vụ, đúng hạn {(onTime is { } t ? t.ToString("P0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")) : "—")}.",
                    $"{difficult} sản phẩm nhóm N{o.DifficultFromGroup} trở lên.",
                };
                commendation.Add(new CommendationCandidateDto(person.UserId, person.FullName, person.Title, g.ApiName(), g.Label(), ev.Total, completed.Count, onTime, difficult,
                    ["advancedWorker", "grassrootsEmulationFighter"], evidence, mine.Where(d => d.Kind == CandidateForms.Commendation).ToList()));
            }

            var reasons = new List<CandidateReasonDto>();
            var (patternsAbove, flags) = above[person.UserId];
            foreach (var p in patternsAbove)
            {
                reasons.Add(new CandidateReasonDto($"pattern:{p.Code}",
                    $"{p.Label}: {p.RatePer100:0.#} trên 100 nhiệm vụ, vượt ngưỡng {p.Threshold:0.#}.", p.Cases));
            }

            foreach (var f in flags)
            {
                reasons.Add(new CandidateReasonDto("transferFlag",
                    $"Cờ xem xét điều chuyển bật ngày {Platform.Time.VietnamTime.ToVietnam(f.RaisedAtUtc):dd/MM/yyyy} sau {f.Count} lần bị nhắc (ngưỡng {f.Threshold}, Thông báo 924-TB/TU)"
                    + (f.ClearedAtUtc is { } c ? $"; đã gỡ ngày {Platform.Time.VietnamTime.ToVietnam(c):dd/MM/yyyy}: {f.ClearReason}." : "."), []));
            }

            if (grade == Grade.NotCompleted)
            {
                var before = await calculator.EvaluateAsync(person.UserId, new EvaluationPeriod(PeriodKind.Year, year.Value - 1, 0), [unitId], ct);
                if (GradeOf(before.Grade) == Grade.NotCompleted)
                {
                    reasons.Add(new CandidateReasonDto("twoYearsNotCompleted",
                        $"Hai năm liên tiếp ({year - 1}, {year}) xếp loại \"Không hoàn thành nhiệm vụ\" (Luật Cán bộ, công chức 2008, sửa đổi 2019, Điều 58 khoản 3: cơ quan có thẩm quyền giải quyết thôi việc).",
                        []));
                }
            }

            if (target is not null && person.UserId == lowTargetHead)
            {
                reasons.Add(new CandidateReasonDto("unitTargetsBelow",
                    $"Người đứng đầu đơn vị hoàn thành {target.Percent.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} % chỉ tiêu, nhiệm vụ năm {year} "
                    + $"(dưới {o.UnitTargetsBelowPercent.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"))} %, Quy định 377-QĐ/TW), theo văn bản {target.SourceDocument}.",
                    []));
            }

            if (reasons.Count > 0)
            {
                review.Add(new ReviewCandidateDto(person.UserId, person.FullName, person.Title, ev.Grade, ev.GradeLabel, reasons,
                    mine.Where(d => d.Kind == CandidateForms.Review).ToList()));
            }
        }

        var unit = await units.FindAsync(unitId, ct);
        return new CandidatesDto(unitId, unit?.Name ?? "", year.Value, commendation, review,
        [
            "Sáng kiến được công nhận (điều kiện của \"Chiến sĩ thi đua cơ sở\", Luật Thi đua, khen thưởng 2022 Điều 23) chưa được ghi nhận trong hệ thống: lãnh đạo xác nhận khi quyết định.",
            .. target is null
                ? new[] { $"Kết quả thực hiện chỉ tiêu, nhiệm vụ năm {year} của đơn vị chưa được lãnh đạo đơn vị cấp trên ghi nhận (Quy định 377-QĐ/TW: dưới {o.UnitTargetsBelowPercent:0.##} % thì người đứng đầu được xem xét)." }
                : [],
        ]);
    }

    private static Grade? GradeOf(string? api) => api is null ? null : Enum.GetValues<Grade>().First(g => g.ApiName() == api);

    private async Task<List<CandidateDecisionDto>> DecisionsAsync(Guid unitId, int year, CancellationToken ct)
    {
        var rows = await db.EvaluationCandidateDecisions.AsNoTracking().Where(d => d.UnitId == unitId && d.Year == year).ToListAsync(ct);
        var names = await people.NamesAsync(rows.Where(r => r.ByUserId is not null).Select(r => r.ByUserId!.Value).Distinct(), ct);
        return rows.OrderBy(r => r.AtUtc).Select(r => ToDto(r, r.ByUserId is { } by ? names.GetValueOrDefault(by) : null)).ToList();
    }

    public static CandidateDecisionDto ToDto(CandidateDecision d, string? byName) =>
        new(d.Id, d.UserId, d.Year, d.Kind, d.Form, CandidateForms.Label(d.Kind, d.Form), d.DecisionNumber, d.DecidedOn, d.Note, byName, d.AtUtc);
}
