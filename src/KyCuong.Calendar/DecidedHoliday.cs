namespace KyCuong.Calendar;

/// <summary>An extra holiday for one year only (it gives a compensatory day if on a weekend, art. 111.3).</summary>
public sealed record DecidedHoliday(DateOnly Date, string Name);
