namespace KyCuong.Web.Modules.Calendar.SetYearDecision;

/// <summary>A swap: <see cref="DayOff"/> (Monday–Friday) off, <see cref="DayWorked"/> (Saturday or Sunday) worked. Dates YYYY-MM-DD.</summary>
internal sealed record SwapInput(string? DayOff, string? DayWorked, string? Note);
