namespace KyCuong.Web.Modules.Calendar.CountWorkingDays;

/// <summary>Working days after <see cref="From"/> up to and including <see cref="To"/>.</summary>
internal sealed record CountWorkingDaysResponse(DateOnly From, DateOnly To, int WorkingDays);
