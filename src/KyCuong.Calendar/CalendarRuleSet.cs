namespace KyCuong.Calendar;

/// <summary>
/// The standing holiday rules, as data (JSON-serialisable). Yearly specifics (which Tết days, which
/// day next to National Day, swaps) are <see cref="YearDecision"/>s, not rules.
/// </summary>
public sealed record CalendarRuleSet
{
    /// <summary>Holidays on a fixed solar date.</summary>
    public IReadOnlyList<FixedSolarHoliday> FixedSolarHolidays { get; init; } = [];

    /// <summary>Holidays on a fixed lunar date.</summary>
    public IReadOnlyList<LunarHoliday> LunarHolidays { get; init; } = [];

    /// <summary>Default Tết days by period of law.</summary>
    public IReadOnlyList<TetRule> TetRules { get; init; } = [];

    /// <summary>Holidays on a day adjacent to a fixed date, chosen yearly.</summary>
    public IReadOnlyList<AdjacentDayRule> AdjacentDayRules { get; init; } = [];

    /// <summary>
    /// Labour Code 2019 art. 112.1 (11 days a year). The current law is projected onto every year of
    /// the range, except where the earlier law is well known to differ: Hùng Kings' day only since 2007
    /// (Law 84/2007/QH11 amending Labour Code 1994 art. 73), Tết 5 days since 2014 (Labour Code 2012
    /// art. 115, in force 1 May 2013; 4 days before), the day next to National Day only since 2021
    /// (Labour Code 2019, in force 1 Jan 2021). The six-day week before Decree 188/1999/NĐ-CP and
    /// older holiday lists are not reproduced: deadlines in this system are never that old.
    /// </summary>
    public static CalendarRuleSet Statutory { get; } = new()
    {
        FixedSolarHolidays =
        [
            new FixedSolarHoliday(1, 1, HolidayNames.NewYear, 1900),
            new FixedSolarHoliday(4, 30, HolidayNames.VictoryDay, 1900),
            new FixedSolarHoliday(5, 1, HolidayNames.LabourDay, 1900),
            new FixedSolarHoliday(9, 2, HolidayNames.NationalDay, 1900),
        ],
        LunarHolidays =
        [
            new LunarHoliday(3, 10, HolidayNames.HungKings, 2007),
        ],
        TetRules =
        [
            new TetRule(1, 3, HolidayNames.Tet, 1900, 2013),
            new TetRule(1, 4, HolidayNames.Tet, 2014),
        ],
        AdjacentDayRules =
        [
            new AdjacentDayRule(9, 2, HolidayNames.NationalDay, -1, 2021),
        ],
    };

    /// <summary>A copy with one more fixed solar-date holiday (e.g. a newly enacted holiday).</summary>
    public CalendarRuleSet WithHoliday(FixedSolarHoliday holiday)
    {
        ArgumentNullException.ThrowIfNull(holiday);
        return this with { FixedSolarHolidays = [.. FixedSolarHolidays, holiday] };
    }

    /// <summary>A copy with one more lunar-date holiday.</summary>
    public CalendarRuleSet WithHoliday(LunarHoliday holiday)
    {
        ArgumentNullException.ThrowIfNull(holiday);
        return this with { LunarHolidays = [.. LunarHolidays, holiday] };
    }
}
