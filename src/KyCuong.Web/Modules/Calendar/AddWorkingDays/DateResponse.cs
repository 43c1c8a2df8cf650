namespace KyCuong.Web.Modules.Calendar.AddWorkingDays;

internal sealed record DateResponse(DateOnly Date);
