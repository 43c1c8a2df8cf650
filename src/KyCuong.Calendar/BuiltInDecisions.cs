namespace KyCuong.Calendar;

/// <summary>
/// The published yearly decisions shipped with the library (docs/domain.md §7). A year without a decision
/// uses the defaults of <see cref="CalendarRuleSet.Statutory"/>; enter each new year's decision as data.
/// </summary>
public static class BuiltInDecisions
{
    /// <summary>
    /// 2025: Tết off Sat 25 Jan–Sun 2 Feb, the official Tết days being Mon 27–Fri 31 Jan (26/12 Giáp
    /// Thìn–5/1 Ất Tỵ with the weekends); Hùng Kings Mon 7 Apr (10/3 lunar, generated); 30 Apr–4 May
    /// off with Fri 2 May swapped for Sat 26 Apr worked; National Day Sat 30 Aug–Tue 2 Sep (official
    /// days 1 and 2 Sep).
    /// </summary>
    public static YearDecision Year2025 { get; } = new()
    {
        Year = 2025,
        Source = "Lịch nghỉ lễ, Tết năm 2025 theo thông báo của Bộ Nội vụ (docs/domain.md §7)",
        TetDaysOff =
        [
            new DateOnly(2025, 1, 27),
            new DateOnly(2025, 1, 28),
            new DateOnly(2025, 1, 29),
            new DateOnly(2025, 1, 30),
            new DateOnly(2025, 1, 31),
        ],
        Swaps =
        [
            new DaySwap(new DateOnly(2025, 5, 2), new DateOnly(2025, 4, 26), "Nghỉ thứ Sáu 02/5, làm bù thứ Bảy 26/4"),
        ],
        NationalDayAdjacentDay = new DateOnly(2025, 9, 1),
    };

    /// <summary>
    /// 2026: 1–4 Jan off with Fri 2 Jan swapped for Sat 10 Jan worked; Tết Mon 16–Fri 20 Feb (14–22
    /// Feb with the weekends); Hùng Kings falls on Sun 26 Apr, so Mon 27 Apr is compensatory (generated
    /// by art. 111.3). The day next to National Day is not in docs/domain.md §7, so the rule's default applies.
    /// </summary>
    public static YearDecision Year2026 { get; } = new()
    {
        Year = 2026,
        Source = "Lịch nghỉ lễ, Tết năm 2026 theo thông báo của Bộ Nội vụ (docs/domain.md §7)",
        TetDaysOff =
        [
            new DateOnly(2026, 2, 16),
            new DateOnly(2026, 2, 17),
            new DateOnly(2026, 2, 18),
            new DateOnly(2026, 2, 19),
            new DateOnly(2026, 2, 20),
        ],
        Swaps =
        [
            new DaySwap(new DateOnly(2026, 1, 2), new DateOnly(2026, 1, 10), "Nghỉ thứ Sáu 02/01, làm bù thứ Bảy 10/01"),
        ],
    };

    /// <summary>All built-in decisions, one per year.</summary>
    public static IReadOnlyList<YearDecision> All { get; } = [Year2025, Year2026];
}
