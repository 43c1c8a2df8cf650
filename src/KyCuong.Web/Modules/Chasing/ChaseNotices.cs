using System.Globalization;
using KyCuong.Web.Modules.Notifications.Contracts;

namespace KyCuong.Web.Modules.Chasing;

/// <summary>The texts of chasing notices, Vietnamese first.</summary>
internal static class ChaseNotices
{
    public static string Link(Guid taskId) => $"/Tasks/Details/{taskId}";

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static NotificationPayload ForStep(Guid recipient, Guid taskId, string title, DateOnly due, int step, bool escalation, string? answerableName)
    {
        if (escalation)
        {
            return new NotificationPayload(recipient, NotificationCategories.Escalation,
                $"Báo cáo đôn đốc lần {step}: nhiệm vụ “{title}” đã quá hạn",
                $"Nhiệm vụ “{title}” (hạn {Date(due)}) chưa hoàn thành; người chịu trách nhiệm: {answerableName ?? "chưa xác định"}. Đề nghị chỉ đạo xử lý.",
                Link(taskId));
        }

        if (step <= 0)
        {
            var when = step == 0 ? "hôm nay" : $"còn {-step} ngày làm việc";
            return new NotificationPayload(recipient, NotificationCategories.Reminder,
                $"Nhắc hạn: nhiệm vụ “{title}” đến hạn {when} ({Date(due)})",
                $"Nhiệm vụ “{title}” có hạn hoàn thành ngày {Date(due)}. Đây là thông báo nhắc hạn, không tính là lần bị đôn đốc.",
                Link(taskId));
        }

        return new NotificationPayload(recipient, NotificationCategories.Overdue,
            $"Đôn đốc lần {step}: nhiệm vụ “{title}” đã quá hạn",
            $"Nhiệm vụ “{title}” có hạn ngày {Date(due)} đã quá hạn và chưa hoàn thành. Đề nghị khẩn trương hoàn thành, báo cáo kết quả.",
            Link(taskId));
    }

    public static NotificationPayload Manual(Guid recipient, Guid taskId, string title, int count, string? note, string byName, DateOnly? due = null) =>
        new(recipient, NotificationCategories.ManualReminder,
            $"Đôn đốc: nhiệm vụ “{title}” (lần thứ {count})",
            $"{byName} đôn đốc nhiệm vụ “{title}”. Bước: khẩn trương thực hiện, báo cáo kết quả. "
                + (due is { } d ? $"Hạn nhiệm vụ: {Date(d)}." : "Nhiệm vụ không có hạn cụ thể.")
                + (string.IsNullOrWhiteSpace(note) ? "" : $" Ghi chú: {note}"),
            Link(taskId));

    public static NotificationPayload Review(Guid recipient, Guid taskId, string title, DateOnly completedOn, DateOnly reviewDue, DateOnly? taskDue) =>
        new(recipient, NotificationCategories.Reminder,
            $"Đôn đốc đánh giá kết quả: nhiệm vụ “{title}”",
            $"Bước: đánh giá kết quả. Nhiệm vụ “{title}” báo cáo hoàn thành ngày {Date(completedOn)}"
            + (taskDue is { } d ? $" (hạn {Date(d)})" : "")
            + $", đã quá {Date(reviewDue)} mà chưa được đánh giá. Đề nghị đánh giá kết quả (đạt / không đạt yêu cầu).",
            Link(taskId));

    public static NotificationPayload Flag(Guid recipient, Guid personId, string personName, int count) =>
        new(recipient, NotificationCategories.TransferReview,
            $"Đề nghị xem xét điều chuyển: {personName}",
            $"{personName} đã bị đôn đốc {count} lần, đạt ngưỡng xem xét điều chuyển công tác (Thông báo 924-TB/TU).",
            $"/Chasing/Person/{personId}");
}
