namespace KyCuong.Web.Modules.Evaluation.Pages;

/// <summary>The periods the evaluation pages offer: the current quarter by default, the quarters and years of this year and the last.</summary>
internal static class EvaluationPeriods
{
    public static string CurrentQuarter(DateOnly today) => $"{today.Year}-Q{(today.Month - 1) / 3 + 1}";

    public static List<string> Choices(DateOnly today) =>
        [.. Enumerable.Range(1, 4).Select(q => $"{today.Year}-Q{q}"), $"{today.Year}", .. Enumerable.Range(1, 4).Select(q => $"{today.Year - 1}-Q{q}"), $"{today.Year - 1}"];
}
