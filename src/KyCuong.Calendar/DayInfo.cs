using System.Collections.Concurrent;

namespace KyCuong.Calendar;

/// <summary>
/// What the working calendar says about one date. <see cref="HolidayName"/> is the holiday's
/// Vietnamese name for <see cref="DayKind.Holiday"/>, the name of the compensated holiday for
/// <see cref="DayKind.Compensatory"/>, the decision's note for <see cref="DayKind.DecidedOff"/>, else null.
/// </summary>
public readonly record struct DayInfo(DateOnly Date, bool IsWorkingDay, DayKind Kind, string? HolidayName)
{
    private static readonly ConcurrentDictionary<string, string> HolidayReasons = new(StringComparer.Ordinal);

    /// <summary>
    /// The API contract's reason: <c>weekend</c>, <c>holiday:</c> + Vietnamese name (e.g.
    /// <c>holiday:Tết Nguyên đán</c>), <c>compensatory</c>, <c>swappedOff</c>, <c>swappedWorking</c>,
    /// <c>decidedOff</c>, or null for an ordinary working day.
    /// </summary>
    public string? Reason => Kind switch
    {
        DayKind.Weekend => "weekend",
        DayKind.Holiday => HolidayName is null
            ? "holiday"
            : HolidayReasons.GetOrAdd(HolidayName, static name => "holiday:" + name),
        DayKind.Compensatory => "compensatory",
        DayKind.SwappedOff => "swappedOff",
        DayKind.SwappedWorking => "swappedWorking",
        DayKind.DecidedOff => "decidedOff",
        _ => null,
    };
}
