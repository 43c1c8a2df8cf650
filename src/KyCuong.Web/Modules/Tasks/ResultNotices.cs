using System.Globalization;
using KyCuong.Web.Modules.Notifications.Contracts;
using KyCuong.Web.Modules.Tasks.Domain;

namespace KyCuong.Web.Modules.Tasks;

/// <summary>
/// Notices of a task's result (docs/domain.md §6: every step told): completion reported to the assigner, review decided to
/// the holder. Each names the task, the step, the deadline and links to the task;
/// the idempotency key names the step, so one step never notifies twice.
/// </summary>
internal static class ResultNotices
{
    private static string Date(DateOnly? d) => d?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    private static string Due(DateOnly? d) => d is { } x ? Date(x) : "không có hạn (nhiệm vụ thường xuyên)";

    /// <summary>The holder reported the task done: the assigner reviews the result (one notice per completion: the reopenings count them).</summary>
    public static NotificationRequest CompletionReported(Guid recipient, WorkTask task, string status) =>
        new(recipient, NotificationCategories.TaskCompleted,
            $"Báo cáo hoàn thành: nhiệm vụ “{task.Title}”",
            $"Nhiệm vụ “{task.Title}”. Bước: báo cáo hoàn thành ngày {Date(task.CompletedOn)} ({status}); hạn {Due(task.DueDate)}. Đề nghị đánh giá kết quả (đạt / không đạt yêu cầu).",
            TaskNotices.Link(task.Id), $"task-completed:{task.Id}:{task.ReopenCount}");

    /// <summary>The assigning side reviewed the result: the holder learns the mark, or that the task is open again.</summary>
    public static NotificationRequest ReviewDecided(Guid recipient, WorkTask task, TaskReview review)
    {
        var mark = review.Quality == ReviewQuality.Met ? "đạt yêu cầu" : "không đạt yêu cầu";
        var subject = review.Reopened
            ? $"Trả lại để làm lại: nhiệm vụ “{task.Title}”"
            : $"Kết quả nhiệm vụ “{task.Title}” được đánh giá {mark}";
        var body = review.Reopened
            ? $"Nhiệm vụ “{task.Title}”. Bước: đánh giá kết quả — không đạt yêu cầu, nhiệm vụ được mở lại với hạn cũ {Due(task.DueDate)}."
            : $"Nhiệm vụ “{task.Title}”. Bước: đánh giá kết quả hoàn thành ngày {Date(review.CompletedOn)} — {mark}{(review.MajorError ? ", có sai sót lớn" : "")}; hạn {Due(task.DueDate)}.";
        if (review.Note is { } note)
        {
            body += $" Nhận xét: {note}";
        }

        return new NotificationRequest(recipient, NotificationCategories.TaskReviewed, subject, body, TaskNotices.Link(task.Id), $"task-reviewed:{review.Id}");
    }
}
