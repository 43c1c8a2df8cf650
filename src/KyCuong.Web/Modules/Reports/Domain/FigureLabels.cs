namespace KyCuong.Web.Modules.Reports.Domain;

/// <summary>Vietnamese names of the pre-filled figures (docs/domain.md §6 labels), for pages and exports.</summary>
internal static class FigureLabels
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["inProgressOnTime"] = "Đang thực hiện, trong hạn",
        ["inProgressOverdue"] = "Đang thực hiện, quá hạn",
        ["doneOnTime"] = "Đã hoàn thành đúng hạn",
        ["doneLate"] = "Đã hoàn thành quá hạn",
        ["total"] = "Tổng số nhiệm vụ",
        ["overdueOfAssigned"] = "Quá hạn chưa hoàn thành (trên số được giao trong kỳ)",
        ["assignedInPeriod"] = "Số nhiệm vụ được giao trong kỳ",
        ["overdueOfAssignedPercent"] = "Tỷ lệ quá hạn trên số được giao (%)",
        ["overdueOfDue"] = "Quá hạn chưa hoàn thành (trên số đến hạn trong kỳ)",
        ["dueInPeriod"] = "Số nhiệm vụ đến hạn trong kỳ",
        ["overdueOfDuePercent"] = "Tỷ lệ quá hạn trên số đến hạn (%)",
        ["overdueTasks"] = "Số nhiệm vụ quá hạn tại ngày chốt số liệu",
        ["acknowledgementCampaigns"] = "Số văn bản chỉ đạo yêu cầu quán triệt trong kỳ",
        ["acknowledgementRequired"] = "Số lượt cán bộ, công chức phải quán triệt",
        ["acknowledged"] = "Số lượt đã xác nhận đọc, quán triệt",
        ["acknowledgedPercent"] = "Tỷ lệ đã quán triệt (%)",
    };

    public static string Of(string name) => Labels.TryGetValue(name, out var label) ? label : name;

    /// <summary>A rate is recomputed from its summed parts, never summed itself.</summary>
    public static bool IsRate(string name) => name.EndsWith("Percent", StringComparison.Ordinal);

    /// <summary>The numerator and denominator a rate is computed from.</summary>
    public static (string Numerator, string Denominator)? PartsOf(string rate) => rate switch
    {
        "overdueOfAssignedPercent" => ("overdueOfAssigned", "assignedInPeriod"),
        "overdueOfDuePercent" => ("overdueOfDue", "dueInPeriod"),
        "acknowledgedPercent" => ("acknowledged", "acknowledgementRequired"),
        _ => null,
    };
}
