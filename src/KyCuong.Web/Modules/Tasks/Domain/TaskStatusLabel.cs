namespace KyCuong.Web.Modules.Tasks.Domain;

/// <summary>
/// DOMAIN §6 (the Government Office's four labels). Serialised camelCase: <c>inProgressOnTime</c>, <c>inProgressOverdue</c>,
/// <c>doneOnTime</c>, <c>doneLate</c> (CONTRACT "Tasks").
/// </summary>
public enum TaskStatusLabel
{
    InProgressOnTime,
    InProgressOverdue,
    DoneOnTime,
    DoneLate,
}
