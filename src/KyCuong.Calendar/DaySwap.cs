namespace KyCuong.Calendar;

/// <summary>
/// A yearly swap (hoán đổi ngày làm việc): <see cref="DayOff"/>, a weekday, is given off and
/// <see cref="DayWorked"/>, a Saturday or Sunday, is worked instead.
/// </summary>
public sealed record DaySwap(DateOnly DayOff, DateOnly DayWorked, string? Note = null);
