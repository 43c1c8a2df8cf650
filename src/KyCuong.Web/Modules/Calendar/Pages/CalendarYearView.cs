using System.Globalization;
using KyCuong.Calendar;

namespace KyCuong.Web.Modules.Calendar.Pages;

/// <summary>
/// The printable year view: twelve month grids with Monday-first weeks (the Vietnamese wall calendar), each day with
/// its lunar date. Pure: built from a <see cref="WorkingCalendar"/> and today's date.
/// </summary>
internal static class CalendarYearView
{
    public sealed record DayCell(DateOnly Date, DayInfo Info, LunarDate Lunar, string LunarLabel, bool LunarMonthStart, string CssClass, string KindLabel, string Title, bool IsToday);

    public sealed record MonthGrid(int Month, string Caption, IReadOnlyList<IReadOnlyList<DayCell?>> Weeks);

    public sealed record DayOff(DateOnly Date, string Weekday, string KindLabel, string? Name);

    public static readonly IReadOnlyList<(string Short, string Long)> WeekdayHeaders =
        [("T2", "Thứ Hai"), ("T3", "Thứ Ba"), ("T4", "Thứ Tư"), ("T5", "Thứ Năm"), ("T6", "Thứ Sáu"), ("T7", "Thứ Bảy"), ("CN", "Chủ nhật")];

    private static readonly string[] Stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"];
    private static readonly string[] Branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"];

    /// <summary>The legend, in display order: kind, CSS class, label, legal basis.</summary>
    public static readonly IReadOnlyList<(DayKind Kind, string Css, string Label, string Basis)> Legend =
    [
        (DayKind.Working, CssClass(DayKind.Working), KindLabel(DayKind.Working), "Thứ Hai – thứ Sáu"),
        (DayKind.Weekend, CssClass(DayKind.Weekend), KindLabel(DayKind.Weekend), "Nghị định 188/1999/NĐ-CP"),
        (DayKind.Holiday, CssClass(DayKind.Holiday), KindLabel(DayKind.Holiday), "Bộ luật Lao động 2019 điều 112"),
        (DayKind.Compensatory, CssClass(DayKind.Compensatory), KindLabel(DayKind.Compensatory), "Bộ luật Lao động 2019 điều 111.3"),
        (DayKind.SwappedOff, CssClass(DayKind.SwappedOff), KindLabel(DayKind.SwappedOff), "Thông báo hoán đổi ngày làm việc"),
        (DayKind.SwappedWorking, CssClass(DayKind.SwappedWorking), KindLabel(DayKind.SwappedWorking), "Thông báo hoán đổi ngày làm việc"),
        (DayKind.DecidedOff, CssClass(DayKind.DecidedOff), KindLabel(DayKind.DecidedOff), "Quyết định của năm"),
    ];

    public static IReadOnlyList<MonthGrid> Build(WorkingCalendar calendar, int year, DateOnly today)
    {
        var months = new List<MonthGrid>(12);
        for (int month = 1; month <= 12; month++)
        {
            var first = new DateOnly(year, month, 1);
            int days = DateTime.DaysInMonth(year, month);
            var weeks = new List<IReadOnlyList<DayCell?>>();
            var week = new DayCell?[7];
            int col = MondayFirstIndex(first.DayOfWeek);
            for (int d = 1; d <= days; d++)
            {
                var date = new DateOnly(year, month, d);
                week[col] = Cell(calendar, date, today);
                if (++col == 7)
                {
                    weeks.Add(week);
                    week = new DayCell?[7];
                    col = 0;
                }
            }

            if (col > 0)
            {
                weeks.Add(week);
            }

            months.Add(new MonthGrid(month, string.Create(CultureInfo.InvariantCulture, $"Tháng {month}/{year}"), weeks));
        }

        return months;
    }

    /// <summary>Every day of the year that is not an ordinary working day or an ordinary weekend (holidays, compensatory, swaps, decided days).</summary>
    public static IReadOnlyList<DayOff> DaysOff(WorkingCalendar calendar, int year) =>
        calendar.Range(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))
            .Where(d => d.Kind is not (DayKind.Working or DayKind.Weekend))
            .Select(d => new DayOff(d.Date, WeekdayHeaders[MondayFirstIndex(d.Date.DayOfWeek)].Long, KindLabel(d.Kind), d.HolidayName))
            .ToList();

    public static DayCell Cell(WorkingCalendar calendar, DateOnly date, DateOnly today)
    {
        var info = calendar.Describe(date);
        var lunar = VietnameseLunarCalendar.FromSolar(date);
        bool monthStart = lunar.Day == 1;
        string lunarLabel = LunarLabel(lunar, date.Day == 1);
        var title = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{WeekdayHeaders[MondayFirstIndex(date.DayOfWeek)].Long} {date:dd/MM/yyyy}"),
            info.HolidayName is { } name && info.Kind is DayKind.Holiday or DayKind.Compensatory or DayKind.DecidedOff
                ? $"{KindLabel(info.Kind)}: {name}"
                : KindLabel(info.Kind),
            $"Âm lịch {LunarText(lunar)}",
        };
        return new DayCell(date, info, lunar, lunarLabel, monthStart, CssClass(info.Kind), KindLabel(info.Kind), string.Join(" · ", title), date == today);
    }

    /// <summary>
    /// The lunar day under the solar day: the day alone, but "day/month" on the 1st of a lunar month (and on the 1st of a
    /// solar month, to orient the reader), with "nhuận" for the leap month (e.g. "1/1" on Tết, "1/6 nhuận").
    /// </summary>
    public static string LunarLabel(LunarDate lunar, bool firstOfSolarMonth)
    {
        if (lunar.Day != 1 && !firstOfSolarMonth)
        {
            return lunar.Day.ToString(CultureInfo.InvariantCulture);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{lunar.Day}/{lunar.Month}{(lunar.IsLeapMonth ? " nhuận" : "")}");
    }

    /// <summary>e.g. "1/1 Bính Ngọ", "15/6 nhuận Giáp Thìn".</summary>
    public static string LunarText(LunarDate lunar) =>
        string.Create(CultureInfo.InvariantCulture, $"{lunar.Day}/{lunar.Month}{(lunar.IsLeapMonth ? " nhuận" : "")} năm {YearName(lunar.Year)}");

    /// <summary>The sexagenary name of a lunar year (can chi), e.g. 2026 → "Bính Ngọ".</summary>
    public static string YearName(int lunarYear) => $"{Stems[(lunarYear + 6) % 10]} {Branches[(lunarYear + 8) % 12]}";

    public static string KindLabel(DayKind kind) => kind switch
    {
        DayKind.Working => "Ngày làm việc",
        DayKind.Weekend => "Nghỉ cuối tuần",
        DayKind.Holiday => "Nghỉ lễ, Tết",
        DayKind.Compensatory => "Nghỉ bù",
        DayKind.SwappedOff => "Nghỉ do hoán đổi",
        DayKind.SwappedWorking => "Làm bù do hoán đổi",
        DayKind.DecidedOff => "Nghỉ theo quyết định",
        _ => kind.ToString(),
    };

    public static string CssClass(DayKind kind) => kind switch
    {
        DayKind.Working => "kc-cal-working",
        DayKind.Weekend => "kc-cal-weekend",
        DayKind.Holiday => "kc-cal-holiday",
        DayKind.Compensatory => "kc-cal-compensatory",
        DayKind.SwappedOff => "kc-cal-swapped-off",
        DayKind.SwappedWorking => "kc-cal-swapped-working",
        DayKind.DecidedOff => "kc-cal-decided-off",
        _ => "",
    };

    private static int MondayFirstIndex(DayOfWeek dow) => ((int)dow + 6) % 7;
}
