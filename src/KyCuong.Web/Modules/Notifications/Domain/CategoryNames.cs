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
        _ => "Thông báo",
    };
}
