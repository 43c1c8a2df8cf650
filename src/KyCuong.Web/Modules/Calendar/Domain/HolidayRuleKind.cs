namespace KyCuong.Web.Modules.Calendar.Domain;

/// <summary>Whether a standing holiday falls on a solar or a lunar date.</summary>
internal enum HolidayRuleKind
{
    Solar,
    Lunar,
}
