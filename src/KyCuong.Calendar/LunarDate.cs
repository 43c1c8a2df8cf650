namespace KyCuong.Calendar;

/// <summary>
/// A date of the Vietnamese lunisolar calendar (âm lịch). <see cref="IsLeapMonth"/> marks the
/// intercalary month (tháng nhuận), which repeats the number of the month before it.
/// </summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth);
