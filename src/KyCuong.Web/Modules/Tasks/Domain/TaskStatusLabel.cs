namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>
/// docs/domain.md §6 (the Government Office's four labels). Serialised camelCase: <c>inProgressOnTime</c>, <c>inProgressOverdue</c>,
/// <c>doneOnTime</c>, <c>doneLate</c> (docs/api.md "Tasks").
/// </summary>
internal enum TaskStatusLabel
{
    InProgressOnTime,
    InProgressOverdue,
    DoneOnTime,
    DoneLate,
}
