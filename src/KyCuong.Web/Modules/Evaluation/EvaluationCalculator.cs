using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KyCuong.Web.Modules.Evaluation;

/// <summary>One product as the person reads it: what it counted for and why (docs/api.md "Evaluation").</summary>
internal sealed record ProductDto(Guid TaskId, string Title, string? ProductType, string? ProductGroup, decimal? ProductPoints, decimal Coefficient, DateOnly? DueDate, DateOnly? CompletedOn, bool Completed, string Review,
    int MajorErrors, int Delays, int LateDays, int OthersLateDays, decimal Quantity, decimal Quality, decimal Progress, IReadOnlyList<string> Notes);

/// <summary>A period inside a year's evaluation.</summary>
internal sealed record PeriodTotalDto(string Period, decimal TaskPoints, decimal? GeneralPoints, decimal? Total);

/// <summary>docs/api.md "Evaluation": fractions 0–1, points 0–100; <c>grade</c> null while nothing can be judged.</summary>
internal sealed record EvaluationDto(string Period, int Assigned, int Completed, decimal Quantity, decimal Quality, decimal Progress, decimal TaskPercent,
    decimal TaskPoints, decimal? GeneralPoints, decimal? Total, string? Grade, string? GradeLabel, string? ForcedReason, string? GeneralComment, string FormulaVersion,
    IReadOnlyList<ProductDto> Products, IReadOnlyList<PeriodTotalDto> Periods);

/// <summary>
/// Turns the task record into the scores of Nghị định 335/2025 (docs/domain.md "Evaluation"): the person's products in the period,
/// each delay charged to whoever held the clock, the manager's general points, the grade and any forced reason. It decides nothing:
/// the grade is a proposal the competent leader confirms.
/// </summary>
internal sealed class EvaluationCalculator(AppDbContext db, ITaskHistoryForEvaluation history, IOptions<EvaluationOptions> options, TimeProvider clock)
{
    private EvaluationOptions O => options.Value;

    public PeriodKind PeriodKindFor(IEnumerable<Guid> unitIds) =>
        unitIds.Any(u => O.MonthlyUnits.Contains(u)) || O.DefaultPeriodKind == "month" ? PeriodKind.Month : PeriodKind.Quarter;

    public async Task<EvaluationDto> EvaluateAsync(Guid userId, EvaluationPeriod period, IEnumerable<Guid> unitIds, CancellationToken ct)
    {
        var forced = await ForcedReasonAsync(userId, period.Year, ct);
        if (period.Kind != PeriodKind.Year)
        {
            var one = await PeriodAsync(userId, period, ct);
            return Finish(one, forced, []);
        }

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
        return Finish(year, forced, parts.Select(p => new PeriodTotalDto(p.Key, p.TaskPoints, p.General?.Points, p.Total)).ToList());
    }

    private EvaluationDto Finish(PeriodScore s, string? forced, IReadOnlyList<PeriodTotalDto> periods)
    {
        Grade? grade = s.Total is { } total ? Grading.WithForced(Grading.For(total, O), forced) : forced is null ? null : Grade.NotCompleted;
        var r = s.Result;
        return new EvaluationDto(s.Key, r.Assigned, r.Completed, r.Quantity, r.Quality, r.Progress, r.TaskPercent, s.TaskPoints, s.General?.Points, s.Total,
            grade?.ApiName(), grade?.Label(), forced, s.General?.Comment, O.FormulaVersion, s.Products, periods);
    }

    /// <summary>Any discipline of khiển trách or heavier decided in the year forces "Không hoàn thành" (Nghị định 335/2025).</summary>
    public async Task<string?> ForcedReasonAsync(Guid userId, int year, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var records = await db.EvaluationDiscipline.AsNoTracking().Where(d => d.UserId == userId && d.DecidedOn >= from && d.DecidedOn <= to).ToListAsync(ct);
        return records.OrderBy(d => d.DecidedOn).FirstOrDefault()?.ForcedReason();
    }

    private sealed record GeneralView(decimal Points, string? Comment);

    private sealed record PeriodScore(string Key, TaskResult Result, IReadOnlyList<ProductDto> Products, IReadOnlyList<ProductInput> Inputs, decimal TaskPoints,
        GeneralView? General, decimal? Total, bool Judged);

    private async Task<PeriodScore> PeriodAsync(Guid userId, EvaluationPeriod period, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var end = VietnamTime.EndOfDay(period.To).UtcDateTime;
        var until = now < end ? now : end;
        var tasks = await history.ProductsOfAsync(userId, period.From, period.To, ct);
        var taskIds = tasks.Select(t => t.TaskId).ToList();
        var types = taskIds.Count == 0 ? [] : await db.EvaluationTaskProducts.AsNoTracking().Where(p => taskIds.Contains(p.TaskId)).ToDictionaryAsync(p => p.TaskId, ct);
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
            inputs.Add(new ProductInput(t.TaskId, t.Title, coefficient, completedInPeriod, finalReview?.Met ?? true, errors, delays, Reviewed: finalReview is not null || !completedInPeriod));
            details.Add((t, type, lateDays, othersLate, finalReview is null ? (completedInPeriod ? "pending" : "none") : finalReview.Met ? "met" : "notMet"));
        }

        var result = TaskScoring.Score(inputs, O);
        var products = result.Products.Select((p, i) =>
        {
            var d = details[i];
            var notes = p.Notes.ToList();
            if (d.OthersLateDays > 0)
            {
                notes.Add($"{d.OthersLateDays} ngày quá hạn khi hồ sơ không do mình giữ (chờ cấp trên quyết định, bị trả lại…): không tính cho mình.");
            }

            if (d.Type is { } type)
            {
                notes.Insert(0, $"Sản phẩm \"{type.Name}\", nhóm {ProductRules.GroupLabel(type.Group)}, {type.Points:0.##} điểm: hệ số {p.Product.Coefficient:0.##} sản phẩm tiêu chuẩn.");
            }

            return new ProductDto(p.Product.TaskId, p.Product.Title, d.Type?.Name, d.Type is { } g ? ProductRules.GroupLabel(g.Group) : null, d.Type?.Points,
                p.Product.Coefficient, d.Task.DueDate, d.Task.CompletedOn, p.Product.Completed, d.Review,
                p.Product.MajorErrors, p.Product.Delays, d.LateDays, d.OthersLateDays, p.QuantityShare, p.QualityShare, p.ProgressShare, notes);
        }).ToList();

        var general = await db.EvaluationGeneralScores.AsNoTracking().FirstOrDefaultAsync(g => g.UserId == userId && g.PeriodKey == period.Key, ct);
        var generalView = general is null ? null : new GeneralView(general.Points, general.Comment);
        var judged = result.Assigned > 0 || general is not null;
        decimal? total = judged ? Math.Round(result.TaskPoints + (general?.Points ?? 0), 2) : null;
        return new PeriodScore(period.Key, result, products, inputs, result.TaskPoints, generalView, total, judged);
    }

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
