using KyCuong.Web.Modules.Chasing.Contracts;
using KyCuong.Web.Modules.Consultations.Contracts;
using KyCuong.Web.Modules.Submissions.Contracts;
using KyCuong.Web.Modules.Tasks.Contracts;

namespace KyCuong.Web.Modules.Evaluation.Domain;

/// <summary>The patterns of shirking (docs/domain.md "Evaluation: patterns and candidates"), in the order the page shows them.</summary>
internal static class PatternCodes
{
    public const string BackAndForth = "backAndForth";
    public const string OwnCompetenceSubmissions = "ownCompetenceSubmissions";
    public const string LastDayHandoffs = "lastDayHandoffs";
    public const string SerialExtensions = "serialExtensions";
    public const string Reminders = "reminders";
    public const string GenericAnswers = "genericAnswers";
    public const string UnrelatedConsultations = "unrelatedConsultations";

    public static readonly IReadOnlyList<string> All =
        [BackAndForth, OwnCompetenceSubmissions, LastDayHandoffs, SerialExtensions, Reminders, GenericAnswers, UnrelatedConsultations];

    public static string Label(string code) => code switch
    {
        BackAndForth => "Đẩy qua đẩy lại (A→B→A)",
        OwnCompetenceSubmissions => "Trình cấp trên việc thuộc thẩm quyền của mình",
        LastDayHandoffs => "Chuyển xử lý vào ngày làm việc cuối cùng trước hạn",
        SerialExtensions => "Xin gia hạn nhiều lần trên một nhiệm vụ",
        Reminders => "Bị nhắc, đôn đốc",
        GenericAnswers => "Trả lời xin ý kiến chung chung",
        _ => "Xin ý kiến cơ quan không liên quan",
    };
}

/// <summary>One case behind a pattern: a task, a submission or a consultation, its date (Vietnam) and why it counts.</summary>
internal sealed record PatternCase(string Kind, Guid Id, string Title, DateOnly Date, string Note);

/// <summary>The facts read for a group of people over one period (each list may hold other people's facts too; they are filtered here).</summary>
internal sealed record ConductFacts(
    IReadOnlyList<ConductTask> Tasks,
    IReadOnlyList<CountedReminder> Reminders,
    IReadOnlyList<OwnCompetenceSubmission> Submissions,
    IReadOnlyList<GenericAnswerFact> GenericAnswers,
    IReadOnlyList<UnrelatedConsultFact> UnrelatedConsultations);

/// <summary>A group's (one person's, or a unit's members') tasks handled in the period and the cases of each pattern.</summary>
internal sealed record ConductTally(int Tasks, IReadOnlyDictionary<string, IReadOnlyList<PatternCase>> Cases)
{
    /// <summary>Cases per 100 tasks handled, one decimal; null without a task handled.</summary>
    public decimal? Rate(string code) => Tasks == 0 ? null : Math.Round(Cases[code].Count * 100m / Tasks, 1, MidpointRounding.AwayFromZero);
}

/// <summary>
/// docs/domain.md "Evaluation: patterns and candidates": pure rules over the record, one group of people at a time. A unit's group is
/// its members; a case counts once however many members took part.
/// </summary>
internal static class ShirkingPatterns
{
    /// <summary>A task was handled by the group in [from, to): one of them held a step overlapping the period, or returned it in the period.</summary>
    public static bool Handled(ConductTask t, IReadOnlySet<Guid> group, DateTime fromUtc, DateTime toUtc) =>
        t.Steps.Any(s => group.Contains(s.ToUserId) && s.AtUtc < toUtc && (s.EndedAtUtc is null || s.EndedAtUtc >= fromUtc))
        || t.Routings.Any(r => r.Kind == "returned" && r.ByUserId is { } by && group.Contains(by) && r.AtUtc >= fromUtc && r.AtUtc < toUtc);

    /// <summary>
    /// The lead units in order (assigned, re-routed), consecutive repeats collapsed; a unit that leads again after another did is a bounce
    /// (A→B→A, docs/domain.md §9).
    /// </summary>
    public static bool Bounced(ConductTask t)
    {
        var seen = new HashSet<Guid>();
        Guid? last = null;
        foreach (var r in t.Routings.Where(r => r.Kind != "returned"))
        {
            if (r.UnitId == last)
            {
                continue;
            }

            if (!seen.Add(r.UnitId))
            {
                return true;
            }

            last = r.UnitId;
        }

        return false;
    }

    /// <summary>The deadline in force at an instant: the first one, moved by each extension approved before it (docs/domain.md "Evaluation").</summary>
    public static DateOnly? DueAt(ConductTask t, DateTime atUtc)
    {
        var due = t.OriginalDueDate ?? t.DueDate;
        foreach (var e in t.Extensions.Where(e => e.Approved && e.DecidedAtUtc is { } d && d <= atUtc).OrderBy(e => e.DecidedAtUtc))
        {
            due = e.RequestedDueDate;
        }

        return due;
    }

    /// <summary>
    /// The first day of the last-day window: the deadline itself (a deadline is always a working day, Civil Code art. 148(5)) and the
    /// <paramref name="workingDays"/> − 1 working days before it.
    /// </summary>
    public static DateOnly WindowStart(DateOnly due, int workingDays, Func<DateOnly, bool> isWorkingDay)
    {
        var start = due;
        var left = workingDays - 1;
        for (var d = due.AddDays(-1); left > 0 && d > due.AddDays(-60); d = d.AddDays(-1))
        {
            if (isWorkingDay(d))
            {
                start = d;
                left--;
            }
        }

        return start;
    }

    private static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(utc.Add(Platform.Time.VietnamTime.Offset));

    public static ConductTally Tally(IReadOnlySet<Guid> group, ConductFacts facts, DateTime fromUtc, DateTime toUtc, PatternSettings settings,
        Func<DateOnly, bool> isWorkingDay, IReadOnlyDictionary<Guid, string> taskTitles)
    {
        bool In(DateTime at) => at >= fromUtc && at < toUtc;
        var tasks = facts.Tasks.Where(t => Handled(t, group, fromUtc, toUtc)).ToList();
        var cases = PatternCodes.All.ToDictionary(c => c, _ => new List<PatternCase>());

        foreach (var t in tasks)
        {
            // Back and forth: a return by the group on a task whose lead units bounced, or a holder handing it straight back to who gave it.
            var bounceReturn = Bounced(t) ? t.Routings.FirstOrDefault(r => r.Kind == "returned" && r.ByUserId is { } by && group.Contains(by) && In(r.AtUtc)) : null;
            ConductStep? backStep = null;
            for (var i = 1; i < t.Steps.Count && backStep is null; i++)
            {
                var (prev, s) = (t.Steps[i - 1], t.Steps[i]);
                if (s.ByUserId is { } by && group.Contains(by) && prev.ToUserId == by && prev.ByUserId is { } giver && giver != by && s.ToUserId == giver && In(s.AtUtc))
                {
                    backStep = s;
                }
            }

            if (bounceReturn is not null)
            {
                cases[PatternCodes.BackAndForth].Add(new PatternCase("task", t.TaskId, t.Title, Day(bounceReturn.AtUtc),
                    "Trả lại nhiệm vụ; sau đó nhiệm vụ quay về chính đơn vị đã trả (A→B→A)."));
            }
            else if (backStep is not null)
            {
                cases[PatternCodes.BackAndForth].Add(new PatternCase("task", t.TaskId, t.Title, Day(backStep.AtUtc),
                    "Chuyển ngược lại cho chính người vừa giao cho mình."));
            }

            // Last-day hand-off: the holder themself passes the task on within the window ending on the deadline in force.
            for (var i = 1; i < t.Steps.Count; i++)
            {
                var (prev, s) = (t.Steps[i - 1], t.Steps[i]);
                if (s.ByUserId is { } by && group.Contains(by) && prev.ToUserId == by && s.ToUserId != by && In(s.AtUtc) && DueAt(t, s.AtUtc) is { } due)
                {
                    var day = Day(s.AtUtc);
                    if (day <= due && day >= WindowStart(due, settings.LastDayWorkingDays, isWorkingDay))
                    {
                        cases[PatternCodes.LastDayHandoffs].Add(new PatternCase("task", t.TaskId, t.Title, day,
                            $"Chuyển xử lý ngày {day:dd/MM/yyyy}, hạn {due:dd/MM/yyyy}."));
                        break;
                    }
                }
            }

            // Serial extensions: a request of rank SerialExtensionsFrom or later, asked by the group in the period.
            var serial = t.Extensions.Select((e, i) => (e, Rank: i + 1))
                .FirstOrDefault(x => x.Rank >= settings.SerialExtensionsFrom && x.e.RequestedByUserId is { } by && group.Contains(by) && In(x.e.RequestedAtUtc));
            if (serial.e is not null)
            {
                cases[PatternCodes.SerialExtensions].Add(new PatternCase("task", t.TaskId, t.Title, Day(serial.e.RequestedAtUtc),
                    $"Lần xin gia hạn thứ {serial.Rank} (đến {serial.e.RequestedDueDate:dd/MM/yyyy})."));
            }
        }

        foreach (var r in facts.Reminders.Where(r => group.Contains(r.RecipientUserId) && In(r.AtUtc)))
        {
            cases[PatternCodes.Reminders].Add(new PatternCase("task", r.TaskId, taskTitles.GetValueOrDefault(r.TaskId) ?? "", Day(r.AtUtc),
                r.Kind == "manual" ? "Bị nhắc trực tiếp." : "Bị nhắc tự động vì quá hạn."));
        }

        foreach (var s in facts.Submissions.Where(s => group.Contains(s.CreatedByUserId) && In(s.SubmittedAtUtc)))
        {
            cases[PatternCodes.OwnCompetenceSubmissions].Add(new PatternCase("submission", s.SubmissionId, s.Title, Day(s.SubmittedAtUtc),
                "Tờ trình gắn cờ: việc thuộc thẩm quyền của đơn vị trình."));
        }

        foreach (var g in facts.GenericAnswers.Where(g => group.Contains(g.RespondedByUserId) && In(g.RespondedAtUtc)))
        {
            cases[PatternCodes.GenericAnswers].Add(new PatternCase("consultation", g.ConsultationId, g.Subject, Day(g.RespondedAtUtc),
                g.Reason ?? "Ý kiến không nêu rõ quan điểm."));
        }

        foreach (var u in facts.UnrelatedConsultations.Where(u => group.Contains(u.RequestedByUserId) && In(u.CreatedAtUtc)).DistinctBy(u => u.ConsultationId))
        {
            cases[PatternCodes.UnrelatedConsultations].Add(new PatternCase("consultation", u.ConsultationId, u.Subject, Day(u.CreatedAtUtc),
                u.AcknowledgementReason is { Length: > 0 } why ? $"Lấy ý kiến cơ quan không có liên quan về thẩm quyền (lý do nêu: {why})." : "Lấy ý kiến cơ quan không có liên quan về thẩm quyền."));
        }

        return new ConductTally(tasks.Count, cases.ToDictionary(kv => kv.Key,
            kv => (IReadOnlyList<PatternCase>)kv.Value.OrderBy(c => c.Date).ThenBy(c => c.Title, StringComparer.Ordinal).ToList()));
    }

    /// <summary>The median of the peers' rates (those with at least one task); null without such a peer.</summary>
    public static decimal? Median(IEnumerable<decimal?> rates)
    {
        var list = rates.Where(r => r is not null).Select(r => r!.Value).Order().ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var mid = list.Count / 2;
        return list.Count % 2 == 1 ? list[mid] : Math.Round((list[mid - 1] + list[mid]) / 2, 1, MidpointRounding.AwayFromZero);
    }
}

/// <summary>The settings the pure rules need (from <c>Evaluation:Patterns</c>).</summary>
internal sealed record PatternSettings(int LastDayWorkingDays, int SerialExtensionsFrom);
