namespace KyCuong.Calendar;

/// <summary>
/// A holiday on one day adjacent to a fixed solar date, chosen each year by decision (before or
/// after), e.g. National Day: 2 Sep plus "01 ngày liền kề trước hoặc sau" (Labour Code 2019 art.
/// 112.1.đ). Without a decision the day at <see cref="DefaultOffsetDays"/> from the anchor is used
/// (statutory default: −1, i.e. 1 Sep; the law leaves the choice to each year, so this is our
/// documented assumption until the year's decision is entered).
/// </summary>
public sealed record AdjacentDayRule(int AnchorMonth, int AnchorDay, string Name, int DefaultOffsetDays, int FirstYear, int? LastYear = null)
{
    /// <summary>True when the rule is in force in <paramref name="year"/>.</summary>
    public bool AppliesIn(int year) => year >= FirstYear && (LastYear is null || year <= LastYear);
}
