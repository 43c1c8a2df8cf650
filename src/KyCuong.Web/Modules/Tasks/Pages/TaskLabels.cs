using System.Globalization;
using KyCuong.Web.Modules.Tasks.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KyCuong.Web.Modules.Tasks.Pages;

/// <summary>Badges, labels and form messages shared by the task pages.</summary>
internal static class TaskLabels
{
    public static string Badge(TaskStatusLabel status) => status switch
    {
        TaskStatusLabel.InProgressOnTime => "text-bg-primary",
        TaskStatusLabel.InProgressOverdue => "text-bg-danger",
        TaskStatusLabel.DoneOnTime => "text-bg-success",
        _ => "text-bg-warning",
    };

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "Thường xuyên";

    /// <summary>A date that may be absent (a step without its own deadline): a dash rather than "thường xuyên".</summary>
    /// <summary>A file size as people read it: "12 KB", "3,4 MB" (Vietnamese decimal comma).</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} byte",
        < 1024 * 1024 => $"{Math.Ceiling(bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture)} KB",
        _ => $"{(bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.GetCultureInfo("vi-VN"))} MB",
    };

    public static string DateOrDash(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>Vietnam time as shown on the pages (the handlers already convert to UTC+7).</summary>
    public static string Time(DateTimeOffset at) => at.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string State(string state) => state switch
    {
        "open" => "Đang xử lý",
        "returned" => "Đã trả lại, chờ điều chuyển",
        _ => "Đã hoàn thành",
    };

    public static string Routing(string kind) => kind switch
    {
        "assigned" => "Giao",
        "returned" => "Trả lại",
        _ => "Điều chuyển",
    };

    public static string Extension(string state) => state switch
    {
        "pending" => "Chờ xem xét",
        "approved" => "Đã đồng ý",
        _ => "Không đồng ý",
    };

    public static string Outcome(string outcome) => outcome switch
    {
        "reported" => "Đã báo cáo",
        "implementingDocumentIssued" => "Đã ban hành văn bản triển khai",
        "nothingOverdue" => "Chưa triển khai – quá hạn",
        _ => "Chưa triển khai",
    };

    /// <summary>
    /// The handlers write "Vietnamese. / English." for API clients; the pages show the Vietnamese half only, and replace the
    /// framework's English binding messages (a value that is not a number or a date) with a Vietnamese one.
    /// </summary>
    public static void Localise(ModelStateDictionary modelState)
    {
        foreach (var (_, entry) in modelState)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            var messages = entry.Errors.Select(e => VietnameseOnly(e)).Distinct(StringComparer.Ordinal).ToList();
            entry.Errors.Clear();
            foreach (var m in messages)
            {
                entry.Errors.Add(m);
            }
        }
    }

    private static string VietnameseOnly(ModelError error)
    {
        if (error.Exception is not null || string.IsNullOrEmpty(error.ErrorMessage))
        {
            return "Giá trị không hợp lệ.";
        }

        var message = error.ErrorMessage;
        if (message.StartsWith("The value ", StringComparison.Ordinal) || message.StartsWith("The field ", StringComparison.Ordinal)
            || message.EndsWith(" is invalid.", StringComparison.Ordinal))
        {
            return "Giá trị không hợp lệ.";
        }

        var cut = message.IndexOf(" / ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
