using KyCuong.Web.Modules.Notifications.Contracts;

namespace KyCuong.Web.Modules.Notifications.Domain;

/// <summary>The Vietnamese name of each notice category, for the inbox and e-mails.</summary>
internal static class CategoryNames
{
    public static string Vietnamese(string category) => category switch
    {
        NotificationCategories.Reminder => "Nhắc hạn",
        NotificationCategories.Overdue => "Quá hạn",
        NotificationCategories.Escalation => "Báo cáo cấp trên",
        NotificationCategories.ManualReminder => "Đôn đốc",
        NotificationCategories.TransferReview => "Xem xét điều chuyển",
        NotificationCategories.Consultation => "Lấy ý kiến",
        NotificationCategories.Submission => "Tờ trình",
        NotificationCategories.Task => "Nhiệm vụ",
        NotificationCategories.HandOff => "Chuyển xử lý",
        NotificationCategories.TaskReturned => "Trả lại nhiệm vụ",
        NotificationCategories.TaskRerouted => "Điều chuyển nhiệm vụ",
        NotificationCategories.Extension => "Gia hạn",
        NotificationCategories.TaskReopened => "Mở lại nhiệm vụ",
        NotificationCategories.Coordination => "Phối hợp",
        NotificationCategories.DocumentPresented => "Văn bản trình",
        NotificationCategories.TaskCompleted => "Báo cáo hoàn thành",
        NotificationCategories.TaskReviewed => "Đánh giá kết quả",
        Innovation => "Đề xuất đổi mới, sáng tạo",
        Inspection => "Kiểm tra công vụ",
        _ => "Thông báo",
    };

    /// <summary>Proposals to vote on (Nghị định 73/2023/NĐ-CP), named by the Evaluation module.</summary>
    public const string Innovation = "innovation";

    /// <summary>Checks of official duties (membership, decisions, findings about a person), named by the Inspections module.</summary>
    public const string Inspection = "inspection";

    /// <summary>Every category a person can set an e-mail mode for, in the order the settings page lists them.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        NotificationCategories.Task, NotificationCategories.HandOff, NotificationCategories.Coordination, NotificationCategories.Extension,
        NotificationCategories.TaskCompleted, NotificationCategories.TaskReviewed, NotificationCategories.TaskReopened,
        NotificationCategories.TaskReturned, NotificationCategories.TaskRerouted, NotificationCategories.DocumentPresented,
        NotificationCategories.Consultation, NotificationCategories.Submission, NotificationCategories.Reminder,
        NotificationCategories.Overdue, NotificationCategories.ManualReminder, NotificationCategories.Escalation,
        NotificationCategories.TransferReview, Innovation, Inspection,
    ];

    public static bool IsKnown(string? category) => category is not null && All.Contains(category, StringComparer.Ordinal);
}
