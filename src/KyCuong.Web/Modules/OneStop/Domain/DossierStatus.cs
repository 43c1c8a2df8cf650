namespace KyCuong.Web.Modules.OneStop.Domain;

/// <summary>
/// The on-time state of a dossier, in the same words as a task's (docs/api.md "Tasks"): returned on or before the due date is on
/// time, after it late; unreturned after the end of the due date is overdue (Civil Code 2015 art. 148: a period ends at the end of
/// its last day).
/// </summary>
internal static class DossierStatus
{
    public const string InProgressOnTime = "inProgressOnTime";
    public const string InProgressOverdue = "inProgressOverdue";
    public const string DoneOnTime = "doneOnTime";
    public const string DoneLate = "doneLate";

    public static readonly string[] All = [InProgressOnTime, InProgressOverdue, DoneOnTime, DoneLate];

    public static string Of(DateOnly dueDate, DateOnly? returnedOn, DateOnly today) => returnedOn is { } r
        ? (r <= dueDate ? DoneOnTime : DoneLate)
        : (today > dueDate ? InProgressOverdue : InProgressOnTime);

    public static string Label(string status) => status switch
    {
        InProgressOnTime => "Đang giải quyết, trong hạn",
        InProgressOverdue => "Đang giải quyết, quá hạn",
        DoneOnTime => "Đã trả, đúng hạn",
        DoneLate => "Đã trả, trễ hạn",
        _ => status,
    };
}
