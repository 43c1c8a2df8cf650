using KyCuong.Web.Modules.Tasks.Domain;

namespace KyCuong.Web.Pages.Tasks;

/// <summary>Badges and labels shared by the task pages.</summary>
public static class TaskLabels
{
    public static string Badge(TaskStatusLabel status) => status switch
    {
        TaskStatusLabel.InProgressOnTime => "text-bg-primary",
        TaskStatusLabel.InProgressOverdue => "text-bg-danger",
        TaskStatusLabel.DoneOnTime => "text-bg-success",
        _ => "text-bg-warning",
    };

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "Thường xuyên";

    public static string State(string state) => state switch
    {
        "open" => "Đang xử lý",
        "returned" => "Đã trả lại, chờ điều chuyển",
        _ => "Đã hoàn thành",
    };

    public static string Outcome(string outcome) => outcome switch
    {
        "reported" => "Đã báo cáo",
        "implementingDocumentIssued" => "Đã ban hành văn bản triển khai",
        "nothingOverdue" => "Chưa triển khai – quá hạn",
        _ => "Chưa triển khai",
    };
}
