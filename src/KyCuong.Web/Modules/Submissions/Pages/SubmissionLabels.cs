using System.Globalization;
using KyCuong.Web.Modules.Submissions;

namespace KyCuong.Web.Modules.Submissions.Pages;

/// <summary>Labels shared by the submission pages.</summary>
internal static class SubmissionLabels
{
    public static string Time(DateTimeOffset? at) => at?.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) ?? "—";

    public static string Status(string status) => SubmissionDto.StatusLabel(status);

    public static string Badge(string status) => status switch
    {
        "draft" => "text-bg-secondary",
        "submitted" => "text-bg-primary",
        "returned" => "text-bg-warning",
        _ => "text-bg-success",
    };

    public static string Event(string kind) => kind switch
    {
        "submitted" => "Trình",
        "returned" => "Trả lại",
        _ => "Tiếp nhận",
    };

    public static string Outcome(string outcome) => outcome switch
    {
        "agreed" => "Đồng ý",
        "agreedWithConditions" => "Đồng ý có điều kiện",
        "disagreed" => "Không đồng ý",
        "deemedAgreed" => "Coi như đồng ý (không trả lời đúng hạn)",
        "delayNotified" => "Đã báo chậm",
        "pending" => "Chưa trả lời",
        _ => outcome,
    };

    public static string Resolution(string resolution) => resolution switch
    {
        "reconciled" => "Đã làm việc trực tiếp, thống nhất",
        "escalated" => "Đã xin ý kiến cấp trên",
        "none" => "—",
        _ => resolution,
    };
}
