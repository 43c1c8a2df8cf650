namespace KyCuong.Web.Modules.Reports.Domain;

/// <summary>Where a section's content comes from (docs/domain.md "Reports"): live data as of the cut-off, or typed by the unit.</summary>
internal static class SectionSources
{
    /// <summary>The four statuses and both overdue rates of the unit's subtree for the period (docs/domain.md §6).</summary>
    public const string TaskSummary = "taskSummary";

    /// <summary>Tasks led in the unit's subtree that are past their deadline and not done, with the lead and the days late.</summary>
    public const string OverdueTasks = "overdueTasks";

    /// <summary>
    /// Acknowledgement coverage of the directives whose direction required it in the period: officials reached in the unit's subtree and how
    /// many confirmed "Đã đọc, quán triệt" by the cut-off (docs/domain.md "Acknowledgement of directives").
    /// </summary>
    public const string AcknowledgementCoverage = "acknowledgementCoverage";

    /// <summary>Typed by the unit.</summary>
    public const string Narrative = "narrative";

    public static readonly IReadOnlyList<string> All = [TaskSummary, OverdueTasks, AcknowledgementCoverage, Narrative];
}
