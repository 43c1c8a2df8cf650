namespace KyCuong.Web.Modules.Calendar.SetYearDecision;

public sealed record HolidayInput(string? Date, string? Name);
