namespace KyCuong.Web.Modules.Calendar.AddWorkingDays;

public sealed record DateResponse(DateOnly Date);
