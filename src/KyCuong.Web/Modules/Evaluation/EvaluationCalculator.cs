using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Evaluation.Innovation.Domain;
using KyCuong.Web.Modules.Evaluation.StaffRecords;
using KyCuong.Web.Modules.Inspections.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Evaluation;

/// <summary>One product as the person reads it: what it counted for and why (docs/api.md "Evaluation").</summary>
internal sealed record ProductDto(Guid TaskId, string Title, string? ProductType, string? ProductGroup, decimal? ProductPoints, decimal Coefficient, DateOnly? DueDate, DateOnly? CompletedOn, bool Completed, string Review,
    int MajorErrors, int Delays, int LateDays, int OthersLateDays, decimal Quantity, decimal Quality, decimal Progress, IReadOnlyList<string> Notes,
    ProtectionDto? Protection = null);

/// <summary>
/// An approved innovation proposal of the person covering the product (Nghị định 73/2023/NĐ-CP; docs/domain.md "Evaluation: innovation
/// proposals"): its delays and quality deductions do not count against them.
/// </summary>
internal sealed record ProtectionDto(Guid ProposalId, string Title, string Label);

/// <summary>A period inside a year's evaluation.</summary>
internal sealed record PeriodTotalDto(string Period, decimal TaskPoints, decimal? GeneralPoints, decimal? Total);

/// <summary>docs/api.md "Evaluation": fractions 0–1, points 0–100; <c>grade</c> null while nothing can be judged.</summary>
internal sealed record EvaluationDto(string Period, int Assigned, int Completed, decimal Quantity, decimal Quality, decimal Progress, decimal TaskPercent,
    decimal TaskPoints, decimal? GeneralPoints, decimal? Total, string? Grade, string? GradeLabel, string? ForcedReason, string? GeneralComment, string FormulaVersion,
    IReadOnlyList<ProductDto> Products, IReadOnlyList<PeriodTotalDto> Periods, LeadershipDto? Leadership = null, string StaffCategory = "civilServant",
    string? NotGradedReason = null);

/// <summary>
/// A leader's extra criteria for a period (docs/domain.md "Evaluation: leaders"): d from the subordinates' grades, đ and e as the
/// superior scored them (null until then, when the task score is provisional: the non-leader formula).
/// </summary>
internal sealed record LeadershipDto(string Role, Guid UnitId, decimal UnitResult, int Subordinates, int BelowCompleted, decimal? Organise, decimal? Rally,
    string? Comment, bool Provisional);

/// <summary>
/// Turns the task record into the scores of Nghị định 335/2025 (docs/domain.md "Evaluation"): the person's products in the period,
/// each delay charged to whoever held the clock, the manager's general points, the grade and any forced reason. It decides nothing:
/// the grade is a proposal the competent leader confirms.
/// </summary>
internal sealed class EvaluationCalculator(AppDbContext db, ITaskHistoryForEvaluation history, IPeopleDirectory people, IOptions<EvaluationOptions> options,
    TimeProvider clock, IInspectionFindingsReader findings, StaffRecordHandler staff)
{
    private EvaluationOptions O => options.Value;

    public PeriodKind PeriodKindFor(IEnumerable<Guid> unitIds) =>
        unitIds.Any(u => O.MonthlyUnits.Contains(u)) || O.DefaultPeriodKind == "month" ? PeriodKind.Month : PeriodKind.Quarter;

    public async Task<EvaluationDto> EvaluateAsync(Guid userId, EvaluationPeriod period, IEnumerable<Guid> unitIds, CancellationToken ct)
    {
        var forced = await ForcedReasonAsync(userId, period.Year, ct);
        var record = await staff.ReadAsync(userId, ct);
        if (period.Kind != PeriodKind.Year)
        {
            var one = await PeriodAsync(userId, period, ct);
            return Finish(one, forced, [], record.Category, null);
        }

        // Nghị định 233/2026/NĐ-CP: a viên chức who worked fewer than six months in the year is not graded for it.
        var notGraded = record.Category == "publicEmployee" && new DateOnly(period.Year, 12, 31) >= O.PublicEmployeeRulesFrom
            && PublicEmployeeRules.WorkedLessThan(period.Year, record.StartedOn, record.LeftOn, O.PublicEmployeeMinimumMonths)
            ? PublicEmployeeRules.NotGradedReason(O.PublicEmployeeMinimumMonths) : null;

        var parts = new List<PeriodScore>();
        foreach (var p in EvaluationPeriod.PeriodsOf(period.Year, PeriodKindFor(unitIds)))
        {
            parts.Add(await PeriodAsync(userId, p, ct));
        }

        var all = TaskScoring.Score(parts.SelectMany(p => p.Inputs).ToList(), O);
        var judged = parts.Where(p => p.Judged).ToList();
        var generals = judged.Where(p => p.General is not null).Select(p => p.General!.Points).ToList();
        var year = new PeriodScore(period.Key, all, parts.SelectMany(p => p.Products).ToList(), parts.SelectMany(p => p.Inputs).ToList(),
            judged.Count == 0 ? 0 : Math.Round(judged.Average(p => p.Result.TaskPoints), 2),
            generals.Count == 0 ? null : new GeneralView(Math.Round(generals.Average(), 2), null),
            Grading.Annual(parts.Select(p => p.Total)), judged.Count > 0);
        return Finish(year, forced, parts.Select(p => new PeriodTotalDto(p.Key, p.TaskPoints, p.General?.Points, p.Total)).ToList(), record.Category, notGraded);
    }

    private EvaluationDto Finish(PeriodScore s, string? forced, IReadOnlyList<PeriodTotalDto> periods, string category, string? notGraded)
    {
        Grade? grade = notGraded is not null ? null
            : s.Total is { } total ? Grading.WithForced(Grading.For(total, O), forced) : forced is null ? null : Grade.NotCompleted;
        var r = s.Result;
        return new EvaluationDto(s.Key, r.Assigned, r.Completed, r.Quantity, r.Quality, r.Progress, r.TaskPercent, s.TaskPoints, s.General?.Points, s.Total,
            grade?.ApiName(), grade?.Label(), forced, s.General?.Comment, O.FormulaVersion, s.Products, periods, s.Leadership, category, notGraded);
    }

    /// <summary>
    /// Any discipline of khiển trách or heavier decided in the year forces "Không hoàn thành" (Nghị định 335/2025): those recorded here and
    /// those the competent leader decided on a check's finding about the person (docs/domain.md "Checks of official duties: findings about
    /// people"), read through the Inspections contract. The earliest decision is the reason given.
    /// </summary>
    public async Task<string?> ForcedReasonAsync(Guid userId, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var records = await db.EvaluationDiscipline.AsNoTracking().Where(d => d.UserId == userId && d.DecidedOn >= from && d.DecidedOn <= to).ToListAsync(ct);
        var reasons = records.Select(d => (d.DecidedOn, Reason: d.ForcedReason())).ToList();
        foreach (var f in await findings.DisciplinesAsync(userId, from, to, ct))
        {
            if (DisciplineRecord.TryParse(f.Form, out var form))
            {
                reasons.Add((f.DecidedOn, $"Bị kỷ luật {DisciplineRecord.Label(form)} theo Quyết định số {f.DecisionNumber} ngày {f.DecidedOn:dd/MM/yyyy} (sau kiểm tra công vụ)."));
            }
        }

        return reasons.OrderBy(r => r.DecidedOn).Select(r => r.Reason).FirstOrDefault();
    }

    private sealed record GeneralView(decimal Points, string? Comment);

    private sealed record PeriodScore(string Key, TaskResult Result, IReadOnlyList<ProductDto> Products, IReadOnlyList<ProductInput> Inputs, decimal TaskPoints,
        GeneralView? General, decimal? Total, bool Judged, LeadershipDto? Leadership = null);

    /// <summary>
    /// A leader's position today: the unit they head (a leader) or deputy-head, the head's position first. Null for anyone else.
    /// </summary>
    private async Task<(Guid UnitId, bool Head)?> LeadingPositionAsync(Guid userId, DateOnly today, CancellationToken ct)
    {
        var unitIds = await people.UnitsOfAsync(userId, today, ct);
        if (unitIds.Count == 0)
        {
            return null;
        }

        var mine = (await people.PeopleInAsync(unitIds, today, ct)).Where(p => p.UserId == userId).ToList();
        var head = mine.FirstOrDefault(p => p.Roles.HasFlag(OrgRole.Leader));
        var deputy = mine.FirstOrDefault(p => p.Roles.HasFlag(OrgRole.DeputyLeader));
        return head is not null ? (head.UnitId, true) : deputy is not null ? (deputy.UnitId, false) : null;
    }

    /// <summary>
    /// Nghị định 335/2025 for heads and deputies: d = 100 % when every graded subordinate is at least "hoàn thành", else 50 %; the
    /// task score is (a + b + c + d + đ + e) / 6 once the superior has scored đ and e. A head's subordinates are everyone else in the
    /// unit; a deputy's are the unit's staff without a leading position (fields of work are not recorded, docs/domain.md
    /// "Evaluation: leaders"). Subordinates with nothing to judge in the period are left out.
    /// </summary>
    private async Task<(TaskResult Result, LeadershipDto Leadership)> LeaderAsync(Guid userId, (Guid UnitId, bool Head) lead, EvaluationPeriod period,
        TaskResult result, int depth, CancellationToken ct)
    {
        var today = clock.Today();
        var subordinates = (await people.PeopleInAsync([lead.UnitId], today, ct))
            .Where(p => p.UserId != userId && (lead.Head || !(p.Roles.HasFlag(OrgRole.Leader) || p.Roles.HasFlag(OrgRole.DeputyLeader))))
            .Select(p => p.UserId).Distinct().ToList();
        var grades = new List<Grade>();
        foreach (var sub in subordinates)
        {
            var s = await PeriodAsync(sub, period, ct, depth + 1);
            if (s.Total is { } total)
            {
                grades.Add(Grading.WithForced(Grading.For(total, O), await ForcedReasonAsync(sub, period.Year, ct)));
            }
        }

        var d = TaskScoring.UnitResult(grades);
        var scored = await db.EvaluationLeadershipScores.AsNoTracking().FirstOrDefaultAsync(x => x.UserId == userId && x.PeriodKey == period.Key, ct);
        var role = lead.Head ? "head" : "deputy";
        var below = grades.Count(g => g < Grade.Completed);
        if (scored is null)
        {
            return (result, new LeadershipDto(role, lead.UnitId, d, grades.Count, below, null, null, null, true));
        }

        var percent = TaskScoring.LeaderPercent(result.Quantity, result.Quality, result.Progress, d, scored.Organise, scored.Rally);
        return (result with { TaskPercent = percent, TaskPoints = Math.Round(percent * O.TaskMaxPoints, 2) },
            new LeadershipDto(role, lead.UnitId, d, grades.Count, below, scored.Organise, scored.Rally, scored.Comment, false));
    }

    private async Task<PeriodScore> PeriodAsync(Guid userId, EvaluationPeriod period, CancellationToken ct, int depth = 0)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var end = VietnamTime.EndOfDay(period.To).UtcDateTime;
        var until = now < end ? now : end;
        var tasks = await history.ProductsOfAsync(userId, period.From, period.To, ct);
        var taskIds = tasks.Select(t => t.TaskId).ToList();
        var types = taskIds.Count == 0 ? [] : await db.EvaluationTaskProducts.AsNoTracking().Where(p => taskIds.Contains(p.TaskId)).ToDictionaryAsync(p => p.TaskId, ct);
        var protections = await ProtectionsAsync(userId, taskIds, ct);
        var inputs = new List<ProductInput>();
        var details = new List<(TaskHistory Task, TaskProduct? Type, int LateDays, int OthersLateDays, string Review)>();
        foreach (var t in tasks.OrderBy(t => t.DueDate ?? t.CompletedOn).ThenBy(t => t.Title, StringComparer.Ordinal))
        {
            var completedInPeriod = t.CompletedOn is { } c && c <= period.To && t.CompletedAtUtc <= until;
            var segments = TaskClock.Split(ClockFactsOf(t), completedInPeriod ? t.CompletedAtUtc!.Value : until);
            var finalReview = t.CompletedAtUtc is { } at ? t.Reviews.LastOrDefault(r => !r.Reopened && r.AtUtc >= at) : null;
            var errors = t.Reviews.Count(r => r.MajorError && r.HolderUserId == userId);
            var delays = TaskClock.DelaysOf(segments, userId);
            var lateDays = TaskClock.LateDaysOf(segments, userId);
            var othersLate = segments.Where(s => !(s.State == ClockState.Held && s.UserId == userId)).Sum(s => s.LateDays);
            // Conversion (Nghị định 335/2025): the task weighs its product type's coefficient, one standard product without one.
            var type = types.GetValueOrDefault(t.TaskId);
            var coefficient = type is null ? 1m : TaskScoring.Coefficient(type.Points, type.Group, O);
            // Nghị định 73/2023/NĐ-CP: on a task covered by the person's approved innovation proposal, delays and quality deductions are excused.
            var shield = protections.GetValueOrDefault(t.TaskId);
            inputs.Add(new ProductInput(t.TaskId, t.Title, coefficient, completedInPeriod, shield is not null || (finalReview?.Met ?? true), errors, delays,
                ExcusedErrors: shield is null ? 0 : errors, ExcusedDelays: shield is null ? 0 : delays, Reviewed: finalReview is not null || !completedInPeriod));
            details.Add((t, type, lateDays, othersLate, finalReview is null ? (completedInPeriod ? "pending" : "none") : finalReview.Met ? "met" : "notMet"));
        }

        var result = TaskScoring.Score(inputs, O);
        LeadershipDto? leadership = null;

        // A deputy under a head is judged as a leader too; their own subordinates only as staff (two levels are enough for a unit).
        if (depth < 2 && await LeadingPositionAsync(userId, clock.Today(), ct) is { } lead)
        {
            (result, leadership) = await LeaderAsync(userId, lead, period, result, depth, ct);
        }

        var products = result.Products.Select((p, i) =>
        {
            var d = details[i];
            var notes = p.Notes.ToList();
            if (d.OthersLateDays > 0)
            {
                notes.Add($"{d.OthersLateDays} ngày quá hạn khi hồ sơ không do mình giữ (chờ cấp trên quyết định, bị trả lại…): không tính cho mình.");
            }

            var shield = protections.GetValueOrDefault(d.Task.TaskId);
            if (shield is not null && p.Product.Completed)
            {
                notes.Add($"{shield.Label}: đề xuất đổi mới, sáng tạo \"{shield.Title}\" đã được thông qua; chậm muộn và lỗi về nội dung của sản phẩm không tính cho người đề xuất"
                    + (p.Product.Delays > 0 || p.Product.MajorErrors > 0 || d.Review == "notMet" ? $" (đã miễn {p.Product.Delays} lần chậm, {p.Product.MajorErrors} lỗi lớn)." : "."));
            }

            if (d.Type is { } type)
            {
                notes.Insert(0, $"Sản phẩm \"{type.Name}\", nhóm {ProductRules.GroupLabel(type.Group)}, {type.Points:0.##} điểm: hệ số {p.Product.Coefficient:0.##} sản phẩm tiêu chuẩn.");
            }

            return new ProductDto(p.Product.TaskId, p.Product.Title, d.Type?.Name, d.Type is { } g ? ProductRules.GroupLabel(g.Group) : null, d.Type?.Points,
                p.Product.Coefficient, d.Task.DueDate, d.Task.CompletedOn, p.Product.Completed, d.Review,
                p.Product.MajorErrors, p.Product.Delays, d.LateDays, d.OthersLateDays, p.QuantityShare, p.QualityShare, p.ProgressShare, notes, shield);
        }).ToList();

        var general = await db.EvaluationGeneralScores.AsNoTracking().FirstOrDefaultAsync(g => g.UserId == userId && g.PeriodKey == period.Key, ct);
        var generalView = general is null ? null : new GeneralView(general.Points, general.Comment);
        var judged = result.Assigned > 0 || general is not null || leadership is { Provisional: false };
        decimal? total = judged ? Math.Round(result.TaskPoints + (general?.Points ?? 0), 2) : null;
        return new PeriodScore(period.Key, result, products, inputs, result.TaskPoints, generalView, total, judged, leadership);
    }

    /// <summary>
    /// The person's own approved innovation proposals covering these tasks (Nghị định 73/2023/NĐ-CP): the protection is the proposer's,
    /// never a colleague's who holds a covered task.
    /// </summary>
    private async Task<Dictionary<Guid, ProtectionDto>> ProtectionsAsync(Guid userId, List<Guid> taskIds, CancellationToken ct)
    {
        if (taskIds.Count == 0)
        {
            return [];
        }

        var rows = await (from t in db.EvaluationInnovationTasks.AsNoTracking()
                          join p in db.EvaluationInnovationProposals.AsNoTracking() on t.ProposalId equals p.Id
                          where p.ProposerUserId == userId && p.Status == ProposalStatus.Approved && taskIds.Contains(t.TaskId)
                          select new { t.TaskId, p.Id, p.Title, p.DecidedAtUtc }).ToListAsync(ct);
        return rows.GroupBy(r => r.TaskId).ToDictionary(g => g.Key, g =>
        {
            var first = g.OrderBy(r => r.DecidedAtUtc).First();
            return new ProtectionDto(first.Id, first.Title, ProtectedLabel);
        });
    }

    public const string ProtectedLabel = "Được bảo vệ theo NĐ 73/2023";

    /// <summary>
    /// The task's history as clock facts: steps from the hand-offs (a send-back gives the task to the holder at completion again),
    /// completions from the reviews and the last completion (a completion closes the running step, so its instant is that step's end),
    /// extension waits and returns to the sender.
    /// </summary>
    internal static ClockFacts ClockFactsOf(TaskHistory t)
    {
        var holdings = t.Handoffs.Select(h => new ClockHolding(h.ToUserId, h.AtUtc, h.EndedAtUtc)).ToList();
        var completions = new List<ClockCompletion>();
        foreach (var r in t.Reviews.Where(r => r.Reopened))
        {
            var completedAt = t.Handoffs.Where(h => h.EndedAtUtc <= r.AtUtc).Select(h => h.EndedAtUtc).Max()
                ?? VietnamTime.StartOfDay(r.CompletedOn).UtcDateTime;
            completions.Add(new ClockCompletion(completedAt, r.AtUtc, r.AtUtc, r.ByUserId));
            if (r.HolderUserId is { } holder)
            {
                var next = t.Handoffs.Where(h => h.AtUtc > r.AtUtc).Select(h => (DateTime?)h.AtUtc).Min() ?? t.CompletedAtUtc;
                holdings.Add(new ClockHolding(holder, r.AtUtc, next));
            }
        }

        if (t.CompletedAtUtc is { } done)
        {
            var review = t.Reviews.LastOrDefault(r => !r.Reopened && r.AtUtc >= done);
            completions.Add(new ClockCompletion(done, review?.AtUtc ?? (t.AwaitingReview ? null : done), null, review?.ByUserId ?? t.AssignedByUserId));
        }

        var returns = new List<ClockReturn>();
        for (var i = 0; i < t.Routings.Count; i++)
        {
            if (t.Routings[i].Kind == "returned")
            {
                var rerouted = t.Routings.Skip(i + 1).FirstOrDefault(r => r.Kind == "rerouted");
                returns.Add(new ClockReturn(t.Routings[i].AtUtc, rerouted?.AtUtc));
            }
        }

        return new ClockFacts(t.OriginalDueDate, t.AssignedAtUtc, t.AssignedByUserId, holdings,
            t.Extensions.Select(e => new ClockExtension(e.RequestedAtUtc, e.DecidedAtUtc, e.Approved, e.RequestedDueDate, e.DecidedByUserId)).ToList(),
            completions, returns);
    }
}
