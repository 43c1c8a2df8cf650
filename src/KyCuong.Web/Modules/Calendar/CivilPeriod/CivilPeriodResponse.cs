namespace KyCuong.Web.Modules.Calendar.CivilPeriod;

/// <summary><see cref="Date"/>: the last day of the period, moved to the next working day when it is a day off.</summary>
internal sealed record CivilPeriodResponse(DateOnly From, int Days, DateOnly Date);
