namespace KyCuong.Web.Modules.Calendar.SetYearDecision;

/// <summary>
/// A year's decision, replacing any earlier one for that year. Dates are strings (YYYY-MM-DD) so that a bad date is a
/// field error. <see cref="ExpectedVersion"/>: the version of the decision being corrected (optimistic concurrency).
/// </summary>
internal sealed record SetYearDecisionRequest(
    string? Source,
    string? Reason,
    IReadOnlyList<string?>? TetDaysOff,
    string? NationalDayAdjacentDay,
    IReadOnlyList<SwapInput?>? Swaps,
    IReadOnlyList<HolidayInput?>? ExtraHolidays,
    IReadOnlyList<DayNoteInput?>? ExtraDaysOff,
    IReadOnlyList<DayNoteInput?>? ExtraWorkingDays,
    int? ExpectedVersion = null);
