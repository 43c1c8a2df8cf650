namespace KyCuong.Calendar;

/// <summary>
/// Hồ Ngọc Đức's astronomical algorithm (Meeus' mean new moon with periodic terms, low-precision sun
/// longitude). Vietnam computes its lunar calendar for UTC+7 since 1968, China for UTC+8, which is why
/// the time zone is a parameter and <c>ChineseLunisolarCalendar</c> cannot be used (Tết 1985, 2007,
/// 2030, 2053 differ). Only used to fill <see cref="LunarTable"/> once; never on a query path.
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>Julian day number minus <see cref="DateOnly.DayNumber"/> (JD 2451545 is 2000-01-01).</summary>
    internal const int JulianDayOffset = 1721426;

    private const double SynodicMonth = 29.530588853;
    private const double Degree = Math.PI / 180;

    private static int Floor(double d) => (int)Math.Floor(d);

    /// <summary>Julian date (fractional, UT) of the k-th new moon after 1900-01-01.</summary>
    internal static double NewMoon(int k)
    {
        double t = k / 1236.85, t2 = t * t, t3 = t2 * t;
        double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
        jd1 += 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * Degree);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.Sin(m * Degree) + 0.0021 * Math.Sin(2 * Degree * m);
        c1 = c1 - 0.4068 * Math.Sin(mpr * Degree) + 0.0161 * Math.Sin(Degree * 2 * mpr);
        c1 -= 0.0004 * Math.Sin(Degree * 3 * mpr);
        c1 = c1 + 0.0104 * Math.Sin(Degree * 2 * f) - 0.0051 * Math.Sin(Degree * (m + mpr));
        c1 = c1 - 0.0074 * Math.Sin(Degree * (m - mpr)) + 0.0004 * Math.Sin(Degree * (2 * f + m));
        c1 = c1 - 0.0004 * Math.Sin(Degree * (2 * f - m)) - 0.0006 * Math.Sin(Degree * (2 * f + mpr));
        c1 = c1 + 0.0010 * Math.Sin(Degree * (2 * f - mpr)) + 0.0005 * Math.Sin(Degree * (2 * mpr + m));
        double deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd1 + c1 - deltaT;
    }

    /// <summary>Sun's ecliptic longitude in radians, normalised to [0, 2π).</summary>
    private static double SunLongitude(double jdn)
    {
        double t = (jdn - 2451545.0) / 36525, t2 = t * t;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(Degree * m);
        dl += (0.019993 - 0.000101 * t) * Math.Sin(Degree * 2 * m) + 0.000290 * Math.Sin(Degree * 3 * m);
        double l = (l0 + dl) * Degree;
        return l - Math.PI * 2 * Floor(l / (Math.PI * 2));
    }

    /// <summary>Julian day number of the local civil day containing the k-th new moon.</summary>
    internal static int NewMoonDay(int k, double timeZone) => Floor(NewMoon(k) + 0.5 + timeZone / 24);

    /// <summary>Which of the 12 major solar terms (30° sectors) the sun is in at the start of the day.</summary>
    private static int SunLongitudeSector(int julianDay, double timeZone) =>
        Floor(SunLongitude(julianDay - 0.5 - timeZone / 24) / Math.PI * 6);

    /// <summary>New-moon index k nearest to a Julian day number.</summary>
    internal static int LunationIndex(int julianDay) => Floor(0.5 + (julianDay - 2415021.076998695) / SynodicMonth);

    /// <summary>
    /// Start (JD) of lunar month 11 of <paramref name="solarYear"/>: the month containing the winter
    /// solstice, the anchor of the Vietnamese (and Chinese) calendar.
    /// </summary>
    internal static int LunarMonth11(int solarYear, double timeZone)
    {
        int off = new DateOnly(solarYear, 12, 31).DayNumber + JulianDayOffset - 2415021;
        int k = Floor(off / SynodicMonth);
        int nm = NewMoonDay(k, timeZone);
        return SunLongitudeSector(nm, timeZone) >= 9 ? NewMoonDay(k - 1, timeZone) : nm;
    }

    /// <summary>
    /// In a 13-month year, the offset after month 11 of the first month without a major solar term
    /// (trung khí): that month is the leap month.
    /// </summary>
    internal static int LeapMonthOffset(int month11Start, double timeZone)
    {
        int k = LunationIndex(month11Start), last, i = 1;
        int arc = SunLongitudeSector(NewMoonDay(k + i, timeZone), timeZone);
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i, timeZone), timeZone);
        }
        while (arc != last && i < 14);
        return i - 1;
    }
}
