namespace KyCuong.Web.Modules.Calendar.SetYearDecision;

internal sealed record HolidayInput(string? Date, string? Name);
