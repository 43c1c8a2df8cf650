using System.Collections.Concurrent;
using System.Globalization;

namespace KyCuong.Calendar;

/// <summary>
/// Precomputed month starts (new-moon days) for lunar years 1899–2101 at one time zone. Built once;
/// every conversion afterwards is array arithmetic: no trigonometry, no allocation.
/// </summary>
internal sealed class LunarTable
{
    internal const int FirstLunarYear = 1899;
    internal const int LastLunarYear = 2101;

    /// <summary>UTC+7: Vietnam's official calendar time zone since 1968.</summary>
    internal const double VietnamTimeZone = 7;

    private static readonly ConcurrentDictionary<double, LunarTable> Cache = new();

    // Month i covers DayNumbers [_monthStart[i], _monthStart[i + 1]); the last entry is a sentinel.
    private readonly int[] _monthStart;
    private readonly short[] _monthYear;
    private readonly byte[] _monthNumber;
    private readonly bool[] _monthIsLeap;

    // Indexed by lunarYear - FirstLunarYear.
    private readonly int[] _yearFirstMonth;
    private readonly byte[] _leapMonth;

    private readonly int _firstDay;
    private readonly int _lastDay;

    internal double TimeZone { get; }

    internal DateOnly MinDate => DateOnly.FromDayNumber(_firstDay);

    internal DateOnly MaxDate => DateOnly.FromDayNumber(_lastDay);

    private LunarTable(double timeZone)
    {
        TimeZone = timeZone;
        var starts = new List<int>(2600);
        var years = new List<short>(2600);
        var numbers = new List<byte>(2600);
        var leaps = new List<bool>(2600);

        // Each solar year's interval [month 11 of yy, month 11 of yy + 1) holds 12 or 13 lunations;
        // starting at yy = 1898 makes lunar year 1899 the first complete one.
        int a11 = LunarAstronomy.LunarMonth11(FirstLunarYear - 1, timeZone);
        for (int yy = FirstLunarYear - 1; yy <= LastLunarYear; yy++)
        {
            int b11 = LunarAstronomy.LunarMonth11(yy + 1, timeZone);
            int k = LunarAstronomy.LunationIndex(a11);
            int count = b11 - a11 > 365 ? 13 : 12;
            int leapOffset = count == 13 ? LunarAstronomy.LeapMonthOffset(a11, timeZone) : int.MaxValue;
            for (int i = 0; i < count; i++)
            {
                int start = LunarAstronomy.NewMoonDay(k + i, timeZone) - LunarAstronomy.JulianDayOffset;
                // The month after the leap month takes the next number, so offsets past it shift by one.
                int month = (i < leapOffset ? 11 + i - 1 : 11 + i - 2) % 12 + 1;
                starts.Add(start);
                years.Add((short)(month >= 11 ? yy : yy + 1));
                numbers.Add((byte)month);
                leaps.Add(i == leapOffset);
            }

            if (LunarAstronomy.NewMoonDay(k + count, timeZone) != b11)
            {
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture, $"Lunar table inconsistent after month 11 of {yy}."));
            }

            a11 = b11;
        }

        starts.Add(a11 - LunarAstronomy.JulianDayOffset);
        _monthStart = [.. starts];
        _monthYear = [.. years];
        _monthNumber = [.. numbers];
        _monthIsLeap = [.. leaps];

        int yearCount = LastLunarYear - FirstLunarYear + 1;
        _yearFirstMonth = new int[yearCount];
        _leapMonth = new byte[yearCount];
        for (int i = 0; i < _monthNumber.Length; i++)
        {
            int y = _monthYear[i] - FirstLunarYear;
            if (y < 0 || y >= yearCount)
            {
                continue;
            }

            if (_monthNumber[i] == 1 && !_monthIsLeap[i])
            {
                _yearFirstMonth[y] = i;
            }

            if (_monthIsLeap[i])
            {
                _leapMonth[y] = _monthNumber[i];
            }
        }

        _firstDay = _monthStart[_yearFirstMonth[0]];
        // Lunar year 2101 ends the day before month 1 of 2102, which is in the table (interval 2101).
        _lastDay = _monthStart[_yearFirstMonth[yearCount - 1]] + YearLengthFromIndex(yearCount - 1) - 1;
    }

    private int YearLengthFromIndex(int yearIndex)
    {
        int first = _yearFirstMonth[yearIndex];
        int months = _leapMonth[yearIndex] == 0 ? 12 : 13;
        return _monthStart[first + months] - _monthStart[first];
    }

    /// <summary>The table for a time zone (hours east of UTC), built on first use and cached.</summary>
    internal static LunarTable For(double timeZone) => Cache.GetOrAdd(timeZone, Create);

    /// <summary>A fresh, uncached table (the benchmark measures the build).</summary>
    internal static LunarTable Create(double timeZone) => new(timeZone);

    internal LunarDate FromSolar(DateOnly date)
    {
        int day = date.DayNumber;
        if (day < _firstDay || day > _lastDay)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "Outside the lunar table (lunar years 1899–2101).");
        }

        // Mean lunation is 29.5306 days; true new moons stay within a day or so of the mean, so the
        // estimate is off by at most one or two months and two short loops correct it.
        int i = (int)((long)(day - _monthStart[0]) * 10000 / 295306);
        if (i >= _monthStart.Length - 1)
        {
            i = _monthStart.Length - 2;
        }

        while (_monthStart[i] > day)
        {
            i--;
        }

        while (_monthStart[i + 1] <= day)
        {
            i++;
        }

        return new LunarDate(_monthYear[i], _monthNumber[i], day - _monthStart[i] + 1, _monthIsLeap[i]);
    }

    internal DateOnly ToSolar(LunarDate lunar)
    {
        int index = MonthIndex(lunar.Year, lunar.Month, lunar.IsLeapMonth, nameof(lunar));
        int length = _monthStart[index + 1] - _monthStart[index];
        if (lunar.Day < 1 || lunar.Day > length)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Lunar month {lunar.Month}/{lunar.Year} has {length} days, not {lunar.Day}."),
                nameof(lunar));
        }

        return DateOnly.FromDayNumber(_monthStart[index] + lunar.Day - 1);
    }

    internal int LeapMonth(int lunarYear) => _leapMonth[YearIndex(lunarYear)];

    internal DateOnly NewYear(int lunarYear) => DateOnly.FromDayNumber(_monthStart[_yearFirstMonth[YearIndex(lunarYear)]]);

    internal int MonthLength(int lunarYear, int month, bool isLeapMonth)
    {
        int index = MonthIndex(lunarYear, month, isLeapMonth, nameof(month));
        return _monthStart[index + 1] - _monthStart[index];
    }

    internal int YearLength(int lunarYear) => YearLengthFromIndex(YearIndex(lunarYear));

    private static int YearIndex(int lunarYear)
    {
        if (lunarYear is < FirstLunarYear or > LastLunarYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lunarYear), lunarYear, "Supported lunar years are 1899–2101.");
        }

        return lunarYear - FirstLunarYear;
    }

    private int MonthIndex(int lunarYear, int month, bool isLeapMonth, string paramName)
    {
        int y = YearIndex(lunarYear);
        if (month is < 1 or > 12)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Lunar month must be 1–12, not {month}."), paramName);
        }

        int leap = _leapMonth[y];
        if (isLeapMonth && leap != month)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Month {month} of lunar year {lunarYear} is not a leap month (leap month: {leap})."),
                paramName);
        }

        // Months after the leap month (and the leap month itself) sit one lunation later.
        int shift = leap != 0 && (month > leap || (month == leap && isLeapMonth)) ? 1 : 0;
        return _yearFirstMonth[y] + month - 1 + shift;
    }
}
