namespace KyCuong.Calendar;

/// <summary>
/// A holiday on a lunar date (a non-leap month), e.g. Hùng Kings' day, 10/3 lunar (Labour Code 2019
/// art. 112.1.e). A day 30 in a 29-day month falls on the month's last day.
/// </summary>
public sealed record LunarHoliday(int Month, int Day, string Name, int FirstYear, int? LastYear = null)
{
    /// <summary>True when the rule is in force in <paramref name="year"/>.</summary>
    public bool AppliesIn(int year) => year >= FirstYear && (LastYear is null || year <= LastYear);
}
