namespace KyCuong.Web.Modules.Tasks;

/// <summary>The audit vocabulary of tasks: every change writes one row in the change's own transaction (ADR 0001).</summary>
internal static class TaskAudit
{
    public const string Entity = "task";

    /// <summary>The owner type of task deadlines in the calendar's deadline ledger.</summary>
    public const string DeadlineOwnerType = "task";

    public const string Assigned = "assigned";
    public const string Progress = "progressReported";
    public const string HandedOff = "handedOff";
    public const string ExtensionRequested = "extensionRequested";
    public const string ExtensionApproved = "extensionApproved";
    public const string ExtensionRefused = "extensionRefused";
    public const string Completed = "completed";
    public const string Reopened = "reopened";
    public const string Reviewed = "reviewed";
    public const string ReviewedReopened = "reviewedReopened";
    public const string Returned = "returned";
    public const string Rerouted = "rerouted";
    public const string DeadlineRecomputed = "deadlineRecomputed";
    public const string RecurringReportCreated = "recurringReportCreated";

    /// <summary>Vietnamese labels for the timeline.</summary>
    public static string Label(string action) => action switch
    {
        Assigned => "Giao nhiệm vụ",
        Progress => "Báo cáo tiến độ",
        HandedOff => "Chuyển xử lý",
        ExtensionRequested => "Đề nghị gia hạn",
        ExtensionApproved => "Đồng ý gia hạn",
        ExtensionRefused => "Không đồng ý gia hạn",
        Completed => "Hoàn thành",
        Reopened => "Mở lại",
        Reviewed => "Đánh giá kết quả",
        "chasing.reviewReminder" => "Đôn đốc đánh giá kết quả",
        ReviewedReopened => "Đánh giá không đạt, trả lại để làm lại",
        Returned => "Trả lại (ngoài thẩm quyền)",
        Rerouted => "Điều chuyển đơn vị chủ trì",
        DeadlineRecomputed => "Tính lại thời hạn theo lịch mới",
        RecurringReportCreated => "Tạo nhiệm vụ báo cáo định kỳ",
        _ => action,
    };
}
