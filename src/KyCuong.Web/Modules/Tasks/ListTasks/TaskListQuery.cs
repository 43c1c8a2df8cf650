namespace KyCuong.Web.Modules.Tasks.ListTasks;

/// <summary>
/// Filters of the task list. <see cref="Mine"/>: tasks I lead, hold, assigned, or that my units lead or coordinate ("Việc của
/// tôi"); otherwise every task I may see. <see cref="View"/> <c>followed</c> ("Đã chuyển / đang theo dõi"): tasks I assigned,
/// handed on or held a step of and do not hold now (docs/domain.md §6). <see cref="UnitId"/>: led by that unit or its subtree.
/// </summary>
internal sealed record TaskListQuery(
    bool Mine = true,
    string? Status = null,
    Guid? UnitId = null,
    DateOnly? DueFrom = null,
    DateOnly? DueTo = null,
    string? Search = null,
    int Page = 1,
    int PageSize = 20,
    Guid? ParentTaskId = null,
    string? View = null);
