namespace KyCuong.Calendar;

/// <summary>
/// A holiday on the same solar date every year it is in force. New holidays (e.g. 24 Nov, "Ngày Văn
/// hóa Việt Nam", proposed) are added as data with this record, never by a code change.
/// A 29 February rule is skipped in common years.
/// </summary>
public sealed record FixedSolarHoliday(int Month, int Day, string Name, int FirstYear, int? LastYear = null)
{
    /// <summary>True when the rule is in force in <paramref name="year"/>.</summary>
    public bool AppliesIn(int year) => year >= FirstYear && (LastYear is null || year <= LastYear);
}
