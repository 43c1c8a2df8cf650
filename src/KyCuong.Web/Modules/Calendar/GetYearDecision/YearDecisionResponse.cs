using KyCuong.Calendar;
using KyCuong.Web.Modules.Calendar.Domain;
using KyCuong.Web.Platform.Time;

namespace KyCuong.Web.Modules.Calendar.GetYearDecision;

internal sealed record YearDecisionResponse(
    int Year,
    string Source,
    IReadOnlyList<DateOnly> TetDaysOff,
    DateOnly? NationalDayAdjacentDay,
    IReadOnlyList<DaySwap> Swaps,
    IReadOnlyList<DecidedHoliday> ExtraHolidays,
    IReadOnlyList<DecidedDay> ExtraDaysOff,
    IReadOnlyList<DecidedDay> ExtraWorkingDays,
    int Version,
    int CalendarVersion,
    DateTimeOffset UpdatedAt,
    string UpdatedBy)
{
    public static YearDecisionResponse From(YearDecisionRecord row)
    {
        var d = row.ToDecision();
        return new YearDecisionResponse(d.Year, row.Source, d.TetDaysOff ?? [], d.NationalDayAdjacentDay, d.Swaps ?? [], d.ExtraHolidays ?? [],
            d.ExtraDaysOff ?? [], d.ExtraWorkingDays ?? [], row.Version, row.CalendarVersion, VietnamTime.ToVietnam(row.UpdatedAtUtc), row.UpdatedBy);
    }
}
