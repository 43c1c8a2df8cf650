namespace KyCuong.Web.Modules.Evaluation.Domain;

/// <summary>The four grades of Nghị định 335/2025, worst first so that a comparison reads "not above".</summary>
internal enum Grade
{
    NotCompleted = 0,
    Completed = 1,
    Good = 2,
    Excellent = 3,
}

/// <summary>docs/domain.md "Evaluation": thresholds, forced grades, the cap on "xuất sắc" and the head-within-unit rule.</summary>
internal static class Grading
{
    public static string ApiName(this Grade g) => g switch
    {
        Grade.Excellent => "excellent",
        Grade.Good => "good",
        Grade.Completed => "completed",
        _ => "notCompleted",
    };

    public static string Label(this Grade g) => g switch
    {
        Grade.Excellent => "Hoàn thành xuất sắc nhiệm vụ",
        Grade.Good => "Hoàn thành tốt nhiệm vụ",
        Grade.Completed => "Hoàn thành nhiệm vụ",
        _ => "Không hoàn thành nhiệm vụ",
    };

    /// <summary>≥ 90 xuất sắc, 70–&lt;90 tốt, 50–&lt;70 hoàn thành, &lt; 50 không hoàn thành (defaults; EvaluationOptions).</summary>
    public static Grade For(decimal totalPoints, EvaluationOptions o) =>
        totalPoints >= o.ExcellentFrom ? Grade.Excellent
        : totalPoints >= o.GoodFrom ? Grade.Good
        : totalPoints >= o.CompletedFrom ? Grade.Completed
        : Grade.NotCompleted;

    /// <summary>A forced reason (a discipline in the year, or another ground recorded by the competent person) overrides the points.</summary>
    public static Grade WithForced(Grade byPoints, string? forcedReason) => forcedReason is null ? byPoints : Grade.NotCompleted;

    /// <summary>
    /// The cap for people of one body or one group of similar duties: those graded "xuất sắc" are at most the share
    /// (<see cref="EvaluationOptions.ExcellentCap"/>, or the outstanding body's) of those graded "tốt", counted whole.
    /// </summary>
    public static bool PeopleCapOk(IEnumerable<Grade> grades, EvaluationOptions o, bool outstandingBody = false)
    {
        var list = grades.ToList();
        var share = outstandingBody ? o.ExcellentCapOutstandingBody : o.ExcellentCap;
        return list.Count(g => g == Grade.Excellent) <= MaxExcellent(list.Count(g => g == Grade.Good), share);
    }

    /// <summary>The same cap across units; fewer than <see cref="EvaluationOptions.SmallGroupUnits"/> units → at most one "xuất sắc".</summary>
    public static bool UnitsCapOk(IEnumerable<Grade> unitGrades, EvaluationOptions o, bool outstandingBody = false)
    {
        var list = unitGrades.ToList();
        var excellent = list.Count(g => g == Grade.Excellent);
        return list.Count < o.SmallGroupUnits ? excellent <= 1 : PeopleCapOk(list, o, outstandingBody);
    }

    public static int MaxExcellent(int good, decimal share) => (int)Math.Floor(good * share);

    /// <summary>A head's grade is never above the grade of the unit they head.</summary>
    public static Grade HeadWithinUnit(Grade head, Grade unit) => head > unit ? unit : head;

    /// <summary>The annual score is the average of the period scores that have anything to judge (Nghị định 335/2025).</summary>
    public static decimal? Annual(IEnumerable<decimal?> periodTotals)
    {
        var scored = periodTotals.Where(t => t is not null).Select(t => t!.Value).ToList();
        return scored.Count == 0 ? null : Math.Round(scored.Average(), 2);
    }
}
