namespace KyCuong.Calendar;

/// <summary>
/// The default Tết days when no yearly decision fixes them: <see cref="DaysBeforeNewYear"/> days at
/// the end of the old lunar year, then <see cref="DaysFromNewYear"/> days from lunar 1/1. The law
/// gives only the count (Labour Code 2019 art. 112.1.b: 5 days; the Prime Minister picks the days
/// each year, art. 112.3). Our documented default, used only until the year's decision is entered, is
/// the last day of the old year plus days 1–4 of the new one (the split 2026 used).
/// </summary>
public sealed record TetRule(int DaysBeforeNewYear, int DaysFromNewYear, string Name, int FirstYear, int? LastYear = null)
{
    /// <summary>True when the rule is in force in <paramref name="year"/>.</summary>
    public bool AppliesIn(int year) => year >= FirstYear && (LastYear is null || year <= LastYear);
}
