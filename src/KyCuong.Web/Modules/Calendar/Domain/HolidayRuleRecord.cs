using KyCuong.Calendar;

namespace KyCuong.Web.Modules.Calendar.Domain;

/// <summary>
/// A standing holiday added as data on top of the statutory list (docs/domain.md §7 and §13: a new holiday such as 24 Nov,
/// "Ngày Văn hóa Việt Nam", is configuration, never a code change), with its legal basis.
/// </summary>
internal sealed class HolidayRuleRecord
{
    private HolidayRuleRecord()
    {
    }

    public HolidayRuleRecord(Guid id, HolidayRuleKind kind, int month, int day, string name, int firstYear, int? lastYear, string legalBasis, int calendarVersion, DateTime atUtc, string by)
    {
        Id = id;
        Kind = kind;
        Month = month;
        Day = day;
        Name = name;
        FirstYear = firstYear;
        LastYear = lastYear;
        LegalBasis = legalBasis;
        CalendarVersion = calendarVersion;
        CreatedAtUtc = atUtc;
        CreatedBy = by;
    }

    public Guid Id { get; private set; }

    public HolidayRuleKind Kind { get; private set; }

    public int Month { get; private set; }

    public int Day { get; private set; }

    public string Name { get; private set; } = "";

    public int FirstYear { get; private set; }

    public int? LastYear { get; private set; }

    public string LegalBasis { get; private set; } = "";

    /// <summary>The calendar version the rule was added in.</summary>
    public int CalendarVersion { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public bool Overlaps(HolidayRuleKind kind, int month, int day, int firstYear, int? lastYear) =>
        Kind == kind && Month == month && Day == day
        && firstYear <= (LastYear ?? int.MaxValue) && FirstYear <= (lastYear ?? int.MaxValue);

    /// <summary>Adds this rule to a rule set.</summary>
    public CalendarRuleSet AddTo(CalendarRuleSet rules) => Kind == HolidayRuleKind.Lunar
        ? rules.WithHoliday(new LunarHoliday(Month, Day, Name, FirstYear, LastYear))
        : rules.WithHoliday(new FixedSolarHoliday(Month, Day, Name, FirstYear, LastYear));
}
