using System.Globalization;
using KyCuong.Web.Modules.Notifications.Contracts;

namespace KyCuong.Web.Modules.Reports.ChaseLateReports;

/// <summary>The texts of late-report reminders, Vietnamese first, worded like the task ladder's (Modules/Chasing/ChaseNotices.cs).</summary>
internal static class ReportNotices
{
    public static NotificationPayload Late(LateRow row, string unitName, string period, int step, int workingDaysLate, bool escalation)
    {
        var due = row.DueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return escalation
            ? new NotificationPayload(Guid.Empty, NotificationCategories.Escalation,
                $"Báo cáo đôn đốc lần {step}: {unitName} chưa gửi báo cáo {period}",
                $"{unitName} chưa gửi báo cáo {period} theo chế độ “{row.RegimeName}” (hạn gửi {due}, đã chậm {workingDaysLate} ngày làm việc). Đề nghị chỉ đạo xử lý.",
                $"/Reports/Period/{row.RegimeId}/{row.Period}")
            : new NotificationPayload(Guid.Empty, NotificationCategories.Overdue,
                $"Đôn đốc lần {step}: báo cáo {period} đã quá hạn gửi",
                $"Báo cáo {period} của {unitName} theo chế độ “{row.RegimeName}” có hạn gửi ngày {due}, đã chậm {workingDaysLate} ngày làm việc. "
                    + "Đề nghị khẩn trương hoàn thành, gửi báo cáo (ghi số, ngày văn bản).",
                $"/Reports/Report/{row.ReportId}");
    }
}
