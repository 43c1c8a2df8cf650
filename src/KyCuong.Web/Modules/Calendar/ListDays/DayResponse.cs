namespace KyCuong.Web.Modules.Calendar.ListDays;

/// <summary>docs/api.md: reason is <c>weekend</c>, <c>holiday:&lt;name&gt;</c>, <c>compensatory</c>, <c>swappedOff</c>, <c>swappedWorking</c>, <c>decidedOff</c> or null.</summary>
internal sealed record DayResponse(DateOnly Date, bool IsWorkingDay, string? Reason);
