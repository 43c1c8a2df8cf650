namespace KyCuong.Web.Modules.Inspections.Domain;

/// <summary>
/// The competent leader's decision after reviewing a finding about an official (docs/domain.md "Checks of official duties: findings
/// about people"): no action; a reminder (nhắc nhở, rút kinh nghiệm — a management measure, not a discipline); or one of the discipline
/// forms for công chức of Nghị định 172/2025/NĐ-CP, mildest first. Khiển trách or heavier forces the year's grade to "Không hoàn thành
/// nhiệm vụ" (Nghị định 335/2025/NĐ-CP), which the evaluation reads through <c>IInspectionFindingsReader</c>.
/// </summary>
internal static class FindingReview
{
    public const string None = "none";
    public const string Reminder = "reminder";
    public const string Reprimand = "reprimand";
    public const string Warning = "warning";
    public const string DismissalFromPost = "dismissalFromPost";
    public const string ForcedResignation = "forcedResignation";

    public static readonly IReadOnlyList<string> All = [None, Reminder, Reprimand, Warning, DismissalFromPost, ForcedResignation];

    public static bool IsKnown(string? decision) => decision is not null && All.Contains(decision, StringComparer.Ordinal);

    /// <summary>A discipline form (khiển trách or heavier): it needs the decision's number and forces the year's grade.</summary>
    public static bool IsDiscipline(string? decision) => decision is Reprimand or Warning or DismissalFromPost or ForcedResignation;

    public static string Label(string? decision) => decision switch
    {
        None => "Không xử lý",
        Reminder => "Nhắc nhở, rút kinh nghiệm",
        Reprimand => "Kỷ luật khiển trách",
        Warning => "Kỷ luật cảnh cáo",
        DismissalFromPost => "Kỷ luật cách chức",
        ForcedResignation => "Kỷ luật buộc thôi việc",
        _ => "Chưa xem xét",
    };
}
