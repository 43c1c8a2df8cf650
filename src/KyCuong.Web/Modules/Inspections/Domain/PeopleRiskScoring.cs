namespace KyCuong.Web.Modules.Inspections.Domain;

/// <summary>One task a person answers for, as the people-risk ranking reads it: its deadline in force, when it was done, approved extensions.</summary>
internal sealed record PersonTaskFacts(DateOnly? DueDate, DateOnly? CompletedOn, int ApprovedExtensions);

/// <summary>
/// docs/domain.md "Checks of official duties: risk ranking of people": the score of one official is the sum of each input times
/// its weight (settings <c>Inspections:PeopleRisk:*</c>), so every score is explained by the inputs shown beside it.
/// </summary>
internal static class PeopleRiskScoring
{
    public const string OverdueRate = "overdueRate";
    public const string SerialExtensions = "serialExtensions";
    public const string CountedReminders = "countedReminders";
    public const string TransferReviewFlag = "transferReviewFlag";
    public const string PriorFindings = "priorFindings";

    /// <summary>Vietnamese labels for the page, in the order the inputs are shown.</summary>
    public static readonly IReadOnlyList<(string Key, string Label)> Labels =
    [
        (OverdueRate, "Tỷ lệ nhiệm vụ quá hạn (%)"),
        (SerialExtensions, "Số lần gia hạn nối tiếp"),
        (CountedReminders, "Số lần bị đôn đốc"),
        (TransferReviewFlag, "Đang ở diện xem xét điều chuyển"),
        (PriorFindings, "Nội dung kiểm tra trước nêu tên"),
    ];

    /// <summary>
    /// The percentage (one decimal) of the person's tasks due between <paramref name="from"/> and <paramref name="today"/> that were
    /// done after their deadline or are still open past it; 0 when none fell due.
    /// </summary>
    public static double OverdueRatePercent(IEnumerable<PersonTaskFacts> tasks, DateOnly from, DateOnly today)
    {
        var due = tasks.Where(t => t.DueDate is { } d && d >= from && d <= today).ToList();
        if (due.Count == 0)
        {
            return 0;
        }

        var late = due.Count(t => t.CompletedOn is { } done ? done > t.DueDate : t.DueDate < today);
        return Math.Round(100.0 * late / due.Count, 1);
    }

    /// <summary>Extensions granted beyond the first on the same task (gia hạn nhiều lần): a second and third extension count 2.</summary>
    public static int CountSerialExtensions(IEnumerable<PersonTaskFacts> tasks) => tasks.Sum(t => Math.Max(0, t.ApprovedExtensions - 1));

    public static IReadOnlyDictionary<string, RiskInput> Inputs(double overdueRatePercent, int serialExtensions, int countedReminders, bool transferFlag,
        int priorFindings, PeopleRiskWeights w) =>
        new Dictionary<string, RiskInput>(StringComparer.Ordinal)
        {
            [OverdueRate] = new(overdueRatePercent, w.OverdueRate),
            [SerialExtensions] = new(serialExtensions, w.SerialExtensions),
            [CountedReminders] = new(countedReminders, w.CountedReminders),
            [TransferReviewFlag] = new(transferFlag ? 1 : 0, w.TransferReviewFlag),
            [PriorFindings] = new(priorFindings, w.PriorFindings),
        };
}
