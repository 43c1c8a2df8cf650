using System.Collections.Concurrent;
using KyCuong.Web.Modules.Evaluation.Domain;
using KyCuong.Web.Modules.Evaluation.Innovation.Domain;
using KyCuong.Web.Modules.Evaluation.StaffRecords;
using KyCuong.Web.Modules.Inspections.Contracts;
using KyCuong.Web.Modules.Organisation.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;
using KyCuong.Web.Platform.Persistence;
using KyCuong.Web.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
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
    TimeProvider clock, IInspectionFindingsReader findings, StaffRecordHandler staff, ILogger<EvaluationCalculator> log)
{
    private EvaluationPhases phases = new(false);

    private EvaluationOptions O => options.Value;

    public PeriodKind PeriodKindFor(IEnumerable<Guid> unitIds) =>
        unitIds.Any(u => O.MonthlyUnits.Contains(u)) || O.DefaultPeriodKind == "month" ? PeriodKind.Month : PeriodKind.Quarter;

    /// <summary>
    /// One person's evaluation, read the same way as a batch (a fixed number of queries, subordinates of a leader included, whatever the
    /// number of tasks and periods): docs/performance.md "Evaluation of a province's quarter".
    /// </summary>
    public async Task<EvaluationDto> EvaluateAsync(Guid userId, EvaluationPeriod period, IEnumerable<Guid> unitIds, CancellationToken ct) =>
        Evaluate(userId, period, unitIds, await staff.ReadAsync(userId, ct), await PrefetchAsync([userId], period, new Known(), ct));

    /// <summary>
    /// <see cref="EvaluateAsync(Guid, EvaluationPeriod, IEnumerable{Guid}, CancellationToken)"/> with the person's positions today already
    /// read (by the access check): they are not read again.
    /// </summary>
    public async Task<EvaluationDto> EvaluateAsync(Guid userId, EvaluationPeriod period, IReadOnlyList<PersonPosition> positions, CancellationToken ct)
    {
        var known = new Known();
        known.Positions[userId] = positions.Where(p => p.UserId == userId).ToList();
        return Evaluate(userId, period, positions.Select(p => p.UnitId), await staff.ReadAsync(userId, ct), await PrefetchAsync([userId], period, known, ct));
    }

    /// <summary>
    /// <see cref="EvaluateAsync(Guid, EvaluationPeriod, IEnumerable{Guid}, CancellationToken)"/> for many people, each with the unit they are
    /// listed in (a unit's table, a body's summary): the same scores, read set-wise, people of one unit together, a fixed number of
    /// queries per <see cref="EvaluationOptions.BatchPeople"/> people whatever their number of tasks (docs/performance.md "Evaluation of a province's quarter").
    /// Everyone's positions and staff records are read once for the whole computation; then the batches go through a pipeline of two
    /// stages on two cores (docs/performance.md "Evaluation of a province's quarter on two cores"): while batch n is scored in memory
    /// (its people in parallel: the scoring reads only the batch's prefetched data and memoises in a concurrent dictionary), batch n + 1
    /// is read from the database. At most one batch is read ahead, so memory stays bounded, and only one read runs at a time, so the
    /// request's DbContext is never used by two threads (the scoring never touches it).
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, EvaluationDto>> EvaluateManyAsync(IReadOnlyList<(Guid UserId, Guid UnitId)> listed, EvaluationPeriod period,
        CancellationToken ct)
    {
        var debug = log.IsEnabled(LogLevel.Debug);
        phases = new EvaluationPhases(debug);
        var computing = new EvaluationPhases(debug);
        var batches = new List<List<(Guid UserId, Guid UnitId)>>();
        var batch = new List<(Guid UserId, Guid UnitId)>();
        foreach (var unit in listed.DistinctBy(p => p.UserId).GroupBy(p => p.UnitId))
        {
            if (batch.Count > 0 && batch.Count + unit.Count() > O.BatchPeople)
            {
                batches.Add(batch);
                batch = [];
            }

            batch.AddRange(unit);
        }

        if (batch.Count > 0)
        {
            batches.Add(batch);
        }

        // Once per computation, not per batch: the people's positions (and so their units) and their staff records with the units' tree.
        var known = new Known();
        var ids = batches.SelectMany(b => b).Select(p => p.UserId).ToList();
        phases.Start("positions");
        await ReadPositionsAsync(ids, known, ct);
        phases.Start("staff records");
        var records = await staff.ReadManyAsync(ids, id => known.Positions[id], ct);
        phases.Stop();

        var result = new Dictionary<Guid, EvaluationDto>(ids.Count);
        Task<Prefetched>? reading = batches.Count > 0 ? PrefetchAsync(batches[0].Select(p => p.UserId).ToList(), period, known, ct) : null;
        try
        {
            for (var i = 0; i < batches.Count; i++)
            {
                var pre = await reading!;
                phases.Stop();
                reading = i + 1 < batches.Count ? PrefetchAsync(batches[i + 1].Select(p => p.UserId).ToList(), period, known, ct) : null;
                var group = batches[i];
                var scored = await Task.Run(() =>
                {
                    computing.Start("compute");
                    var output = new EvaluationDto[group.Count];
                    Parallel.For(0, group.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
                        j => output[j] = Evaluate(group[j].UserId, period, [group[j].UnitId], records[group[j].UserId], pre));
                    computing.Stop();
                    return output;
                }, ct);
                for (var j = 0; j < group.Count; j++)
                {
                    result[group[j].UserId] = scored[j];
                }
            }
        }
        finally
        {
            // On a failure the read ahead still runs on the request's DbContext: let it end before the request's scope is disposed.
            if (reading is not null)
            {
                await ((Task)reading).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }

        phases.Stop();
        log.LogDebug("Evaluation of {People} people for {Period} in {Batches} batches: reads (overlapping the scoring) {Phases}; scoring {Compute}",
            result.Count, period.Key, batches.Count, phases, computing);
        return result;
    }

    private EvaluationDto Evaluate(Guid userId, EvaluationPeriod period, IEnumerable<Guid> unitIds, StaffRecordDto record, Prefetched pre)
    {
        var forced = ForcedReason(userId, period.Year, pre);
        if (period.Kind != PeriodKind.Year)
        {
            var one = Period(userId, period, 0, pre);
            return Finish(one, forced, [], record.Category, null);
        }

        // Nghị định 233/2026/NĐ-CP: a viên chức who worked fewer than six months in the year is not graded for it.
        var notGraded = record.Category == "publicEmployee" && new DateOnly(period.Year, 12, 31) >= O.PublicEmployeeRulesFrom
            && PublicEmployeeRules.WorkedLessThan(period.Year, record.StartedOn, record.LeftOn, O.PublicEmployeeMinimumMonths)
            ? PublicEmployeeRules.NotGradedReason(O.PublicEmployeeMinimumMonths) : null;

        var parts = new List<PeriodScore>();
        foreach (var p in EvaluationPeriod.PeriodsOf(period.Year, PeriodKindFor(unitIds)))
        {
            parts.Add(Period(userId, p, 0, pre));
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
    private static string? ForcedReason(Guid userId, int year, Prefetched pre)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var reasons = pre.Discipline[userId].Where(d => d.DecidedOn >= from && d.DecidedOn <= to).Select(d => (d.DecidedOn, Reason: d.ForcedReason())).ToList();
        foreach (var f in pre.Findings.GetValueOrDefault(userId, []).Where(f => f.DecidedOn >= from && f.DecidedOn <= to))
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
    /// A leader's position among the person's positions in force today: the unit they head (a leader) or deputy-head, the head's position
    /// first. Null for anyone else.
    /// </summary>
    private static (Guid UnitId, bool Head)? LeadingPosition(IEnumerable<PersonPosition> positions)
    {
        var mine = positions.ToList();
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
    private (TaskResult Result, LeadershipDto Leadership) Leader(Guid userId, (Guid UnitId, bool Head) lead, EvaluationPeriod period,
        TaskResult result, int depth, Prefetched pre)
    {
        var subordinates = pre.Members[lead.UnitId]
            .Where(p => p.UserId != userId && (lead.Head || !(p.Roles.HasFlag(OrgRole.Leader) || p.Roles.HasFlag(OrgRole.DeputyLeader))))
            .Select(p => p.UserId).Distinct().ToList();
        var grades = new List<Grade>();
        foreach (var sub in subordinates)
        {
            var s = Period(sub, period, depth + 1, pre);
            if (s.Total is { } total)
            {
                grades.Add(Grading.WithForced(Grading.For(total, O), ForcedReason(sub, period.Year, pre)));
            }
        }

        var d = TaskScoring.UnitResult(grades);
        var scored = pre.Leadership.GetValueOrDefault((userId, period.Key));
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

    private PeriodScore Period(Guid userId, EvaluationPeriod period, int depth, Prefetched pre)
    {
        // In a batch each person's period is computed once (as themselves and as someone's subordinate). People are scored in parallel:
        // two threads may compute the same period at once, with the same result; the first stored is kept.
        if (pre.Scores.TryGetValue((userId, period.Key, depth < 2), out var known))
        {
            return known;
        }

        return pre.Scores.GetOrAdd((userId, period.Key, depth < 2), ComputePeriod(userId, period, depth, pre));
    }

    private PeriodScore ComputePeriod(Guid userId, EvaluationPeriod period, int depth, Prefetched pre)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var end = VietnamTime.EndOfDay(period.To).UtcDateTime;
        var until = now < end ? now : end;
        // The same selection as ITaskHistoryForEvaluation.ProductsOfAsync: held by the person, deadline or completion in the period.
        var tasks = pre.Tasks[userId].Where(t => (t.DueDate >= period.From && t.DueDate <= period.To) || (t.CompletedOn >= period.From && t.CompletedOn <= period.To))
            .ToList();
        var taskIds = tasks.Select(t => t.TaskId).Distinct().ToList();
        var types = taskIds.Where(pre.Types.ContainsKey).ToDictionary(id => id, id => pre.Types[id]);
        var protections = taskIds.Where(id => pre.Protections.ContainsKey((userId, id))).ToDictionary(id => id, id => pre.Protections[(userId, id)]);
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
        if (depth < 2 && LeadingPosition(pre.Positions[userId]) is { } lead)
        {
            (result, leadership) = Leader(userId, lead, period, result, depth, pre);
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

        var general = pre.General.GetValueOrDefault((userId, period.Key));
        var generalView = general is null ? null : new GeneralView(general.Points, general.Comment);
        var judged = result.Assigned > 0 || general is not null || leadership is { Provisional: false };
        decimal? total = judged ? Math.Round(result.TaskPoints + (general?.Points ?? 0), 2) : null;
        return new PeriodScore(period.Key, result, products, inputs, result.TaskPoints, generalView, total, judged, leadership);
    }

    /// <summary>
    /// What a batch of people's evaluation reads, fetched once for all of them and, two levels down, the subordinates of those who lead:
    /// tasks with their history, product types, protections, general and leadership scores, disciplines, positions and the led units'
    /// members. Each period score is computed once. Protections are the proposer's own approved innovation proposals covering the tasks
    /// (Nghị định 73/2023/NĐ-CP), never a colleague's who holds a covered task.
    /// </summary>
    private sealed class Prefetched
    {
        public required ILookup<Guid, TaskHistory> Tasks { get; init; }

        public required Dictionary<Guid, TaskProduct> Types { get; init; }

        public required Dictionary<(Guid UserId, Guid TaskId), ProtectionDto> Protections { get; init; }

        public required Dictionary<(Guid UserId, string Key), GeneralScore> General { get; init; }

        public required Dictionary<(Guid UserId, string Key), LeadershipScore> Leadership { get; init; }

        public required ILookup<Guid, DisciplineRecord> Discipline { get; init; }

        public required IReadOnlyDictionary<Guid, IReadOnlyList<FindingDiscipline>> Findings { get; init; }

        public required ILookup<Guid, PersonPosition> Positions { get; init; }

        public required Dictionary<Guid, IReadOnlyList<PersonPosition>> Members { get; init; }

        public ConcurrentDictionary<(Guid UserId, string Key, bool AsLeader), PeriodScore> Scores { get; } = new();
    }

    private const int Chunk = 1000;

    /// <summary>
    /// Positions in force today and the led units' members read during one computation, kept for all its batches (a batch's subordinates
    /// are mostly people already read). Only the reading stage touches it, one batch after the other; each batch gets its own copies.
    /// </summary>
    private sealed class Known
    {
        public Dictionary<Guid, List<PersonPosition>> Positions { get; } = [];

        public Dictionary<Guid, IReadOnlyList<PersonPosition>> Members { get; } = [];
    }

    /// <summary>Reads the positions of those not read yet in this computation (one query per thousand people).</summary>
    private async Task ReadPositionsAsync(IEnumerable<Guid> userIds, Known known, CancellationToken ct)
    {
        var missing = userIds.Where(id => !known.Positions.ContainsKey(id)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var id in missing)
        {
            known.Positions[id] = [];
        }

        foreach (var p in await people.PositionsOfAsync(missing, clock.Today(), ct))
        {
            known.Positions[p.UserId].Add(p);
        }
    }

    private async Task<Prefetched> PrefetchAsync(IReadOnlyCollection<Guid> userIds, EvaluationPeriod period, Known known, CancellationToken ct)
    {
        phases.Start("positions");
        var today = clock.Today();
        var everyone = userIds.ToHashSet();
        await ReadPositionsAsync(everyone, known, ct);
        var members = new Dictionary<Guid, IReadOnlyList<PersonPosition>>();
        var frontier = everyone.ToList();
        for (var level = 0; level < 2 && frontier.Count > 0; level++)
        {
            var led = frontier.Select(u => LeadingPosition(known.Positions[u])).OfType<(Guid UnitId, bool Head)>().Select(l => l.UnitId)
                .Where(u => !members.ContainsKey(u)).Distinct().ToList();
            foreach (var chunk in led.Where(u => !known.Members.ContainsKey(u)).Chunk(Chunk))
            {
                var found = (await people.PeopleInAsync(chunk, today, ct)).ToLookup(p => p.UnitId);
                foreach (var unit in chunk)
                {
                    known.Members[unit] = found[unit].ToList();
                }
            }

            foreach (var unit in led)
            {
                members[unit] = known.Members[unit];
            }

            frontier = led.SelectMany(u => members[u]).Select(p => p.UserId).Where(everyone.Add).ToList();
            await ReadPositionsAsync(frontier, known, ct);
        }

        var positions = everyone.SelectMany(u => known.Positions[u]).ToList();
        phases.Start("tasks");
        var tasks = await history.ProductsOfManyAsync(everyone, period.From, period.To, ct);
        phases.Start("product types");
        var types = new Dictionary<Guid, TaskProduct>();
        foreach (var chunk in tasks.Select(t => t.TaskId).Distinct().Chunk(2 * Chunk))
        {
            foreach (var t in await db.EvaluationTaskProducts.AsNoTracking().Where(p => chunk.Contains(p.TaskId)).ToListAsync(ct))
            {
                types[t.TaskId] = t;
            }
        }

        // Sub-period keys of a year, either kind: the kind is chosen per unit.
        var keys = period.Kind == PeriodKind.Year
            ? EvaluationPeriod.PeriodsOf(period.Year, PeriodKind.Month).Concat(EvaluationPeriod.PeriodsOf(period.Year, PeriodKind.Quarter)).Select(p => p.Key).ToList()
            : [period.Key];
        var yearFrom = new DateOnly(period.Year, 1, 1);
        var yearTo = new DateOnly(period.Year, 12, 31);
        var shields = new List<(Guid UserId, Guid TaskId, Guid Id, string Title, DateTime? DecidedAtUtc)>();
        var general = new Dictionary<(Guid, string), GeneralScore>();
        var leadership = new Dictionary<(Guid, string), LeadershipScore>();
        var discipline = new List<DisciplineRecord>();
        phases.Start("scores and disciplines");
        foreach (var chunk in everyone.Chunk(Chunk))
        {
            var rows = await (from t in db.EvaluationInnovationTasks.AsNoTracking()
                              join p in db.EvaluationInnovationProposals.AsNoTracking() on t.ProposalId equals p.Id
                              where chunk.Contains(p.ProposerUserId) && p.Status == ProposalStatus.Approved
                              select new { p.ProposerUserId, t.TaskId, p.Id, p.Title, p.DecidedAtUtc }).ToListAsync(ct);
            shields.AddRange(rows.Select(r => (r.ProposerUserId, r.TaskId, r.Id, r.Title, r.DecidedAtUtc)));
            foreach (var g in await db.EvaluationGeneralScores.AsNoTracking().Where(g => chunk.Contains(g.UserId) && keys.Contains(g.PeriodKey)).ToListAsync(ct))
            {
                general[(g.UserId, g.PeriodKey)] = g;
            }

            foreach (var l in await db.EvaluationLeadershipScores.AsNoTracking().Where(l => chunk.Contains(l.UserId) && keys.Contains(l.PeriodKey)).ToListAsync(ct))
            {
                leadership[(l.UserId, l.PeriodKey)] = l;
            }

            discipline.AddRange(await db.EvaluationDiscipline.AsNoTracking().Where(d => chunk.Contains(d.UserId) && d.DecidedOn >= yearFrom && d.DecidedOn <= yearTo)
                .ToListAsync(ct));
        }

        phases.Start("findings");
        var findingsOf = await findings.DisciplinesOfManyAsync(everyone, yearFrom, yearTo, ct);
        phases.Start("lookups");
        return new Prefetched
        {
            Tasks = tasks.Where(t => t.CurrentHolderUserId is not null).ToLookup(t => t.CurrentHolderUserId!.Value),
            Types = types,
            Protections = shields.GroupBy(r => (r.UserId, r.TaskId)).ToDictionary(g => g.Key, g =>
            {
                var first = g.OrderBy(r => r.DecidedAtUtc).First();
                return new ProtectionDto(first.Id, first.Title, ProtectedLabel);
            }),
            General = general,
            Leadership = leadership,
            Discipline = discipline.ToLookup(d => d.UserId),
            Findings = findingsOf,
            Positions = positions.ToLookup(p => p.UserId),
            Members = members,
        };
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
