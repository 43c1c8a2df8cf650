namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>
/// The status of a task is never stored: it follows from the due date, the completion date and today in Vietnam.
/// docs/domain.md §7 (Civil Code art. 148): a period ends at the end of its last day, so a task due on D is overdue only from D+1.
/// A standing duty ("thường xuyên", no due date) is never overdue.
/// </summary>
internal static class TaskStatusPolicy
{
    public static TaskStatusLabel Compute(DateOnly? dueDate, DateOnly? completedOn, DateOnly today)
    {
        if (completedOn is { } done)
        {
            return dueDate is { } due && done > due ? TaskStatusLabel.DoneLate : TaskStatusLabel.DoneOnTime;
        }

        return dueDate is { } d && today > d ? TaskStatusLabel.InProgressOverdue : TaskStatusLabel.InProgressOnTime;
    }

    public static bool IsOverdue(DateOnly? dueDate, DateOnly? completedOn, DateOnly today) =>
        Compute(dueDate, completedOn, today) == TaskStatusLabel.InProgressOverdue;

    /// <summary>The contract's name of a status (<c>inProgressOnTime</c> …).</summary>
    public static string Name(TaskStatusLabel status) => status switch
    {
        TaskStatusLabel.InProgressOnTime => "inProgressOnTime",
        TaskStatusLabel.InProgressOverdue => "inProgressOverdue",
        TaskStatusLabel.DoneOnTime => "doneOnTime",
        _ => "doneLate",
    };

    /// <summary>docs/domain.md §6 (VPCP labels) in Vietnamese.</summary>
    public static string Label(TaskStatusLabel status) => status switch
    {
        TaskStatusLabel.InProgressOnTime => "Đang thực hiện trong hạn",
        TaskStatusLabel.InProgressOverdue => "Chưa hoàn thành – quá hạn",
        TaskStatusLabel.DoneOnTime => "Hoàn thành đúng hạn",
        _ => "Hoàn thành quá hạn",
    };

    public static bool TryParse(string? name, out TaskStatusLabel status)
    {
        foreach (var s in Enum.GetValues<TaskStatusLabel>())
        {
            if (string.Equals(Name(s), name, StringComparison.OrdinalIgnoreCase))
            {
                status = s;
                return true;
            }
        }

        status = default;
        return false;
    }
}
