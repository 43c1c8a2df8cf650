namespace KyCuong.Calendar;

/// <summary>
/// The Vietnamese lunar calendar, computed astronomically for UTC+7 (Vietnam's time zone since 1968),
/// for lunar years 1899–2101. Not <c>ChineseLunisolarCalendar</c>: China computes for UTC+8 and gets
/// a different Tết in some years (1985, 2007, 2030, 2053), and Tết and Hùng Kings' day are public
/// holidays (Labour Code 2019 art. 112). Conversions are table lookups: pure and allocation-free.
/// </summary>
public static class VietnameseLunarCalendar
{
    private static LunarTable Table => LunarTable.For(LunarTable.VietnamTimeZone);

    /// <summary>The first solar date that can be converted (Tết of lunar year 1899).</summary>
    public static DateOnly MinSupportedDate => Table.MinDate;

    /// <summary>The last solar date that can be converted (the last day of lunar year 2101).</summary>
    public static DateOnly MaxSupportedDate => Table.MaxDate;

    /// <summary>The lunar date of a solar date.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside <see cref="MinSupportedDate"/>–<see cref="MaxSupportedDate"/>.</exception>
    public static LunarDate FromSolar(DateOnly date) => Table.FromSolar(date);

    /// <summary>The solar date of a lunar date.</summary>
    /// <exception cref="ArgumentException">The leap flag is set on a month that is not leap that year, or the day exceeds the month's length.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The lunar year is outside 1899–2101.</exception>
    public static DateOnly ToSolar(LunarDate lunar) => Table.ToSolar(lunar);

    /// <summary>The leap month of a lunar year (the month number it repeats), or 0 if the year has none.</summary>
    public static int LeapMonth(int lunarYear) => Table.LeapMonth(lunarYear);

    /// <summary>Tết Nguyên đán: the solar date of day 1 of month 1 of the lunar year.</summary>
    public static DateOnly NewYear(int lunarYear) => Table.NewYear(lunarYear);

    /// <summary>Length in days (29 or 30) of a lunar month.</summary>
    public static int MonthLength(int lunarYear, int month, bool isLeapMonth = false) =>
        Table.MonthLength(lunarYear, month, isLeapMonth);

    /// <summary>Internal so tests can show the same algorithm at UTC+8 reproduces the Chinese calendar.</summary>
    internal static LunarDate FromSolar(DateOnly date, double timeZone) => LunarTable.For(timeZone).FromSolar(date);

    internal static DateOnly ToSolar(LunarDate lunar, double timeZone) => LunarTable.For(timeZone).ToSolar(lunar);

    internal static int LeapMonth(int lunarYear, double timeZone) => LunarTable.For(timeZone).LeapMonth(lunarYear);

    internal static DateOnly NewYear(int lunarYear, double timeZone) => LunarTable.For(timeZone).NewYear(lunarYear);
}
