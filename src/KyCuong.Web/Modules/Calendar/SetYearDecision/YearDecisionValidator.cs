using System.Globalization;
using KyCuong.Calendar;
using KyCuong.Web.Modules.Calendar.Domain;

namespace KyCuong.Web.Modules.Calendar.SetYearDecision;

/// <summary>
/// Checks a year's decision field by field and turns it into the library's <see cref="YearDecision"/>; throws one
/// <see cref="RequestValidationException"/> with every error. <paramref name="baseline"/> in <see cref="Validate"/> is the
/// calendar without any yearly decision (to tell whether a day is off by law).
/// </summary>
internal static class YearDecisionValidator
{
    public const int MaxTetDays = 10;
    public const int MaxItems = 20;

    /// <summary>Tết days are picked around lunar 1/1; further than this from it is a typing mistake.</summary>
    public const int TetWindowDays = 15;

    public static YearDecision Validate(int year, SetYearDecisionRequest r, WorkingCalendar baseline)
    {
        var v = new Validator();
        v.Require(r.Source, "source", "Căn cứ (số, ký hiệu văn bản hoặc thông báo)", 500);
        v.MaxLength(r.Reason, "reason", "Lý do", 450);
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var seen = new Dictionary<DateOnly, string>();

        DateOnly? InYear(string? value, string field)
        {
            var d = CalendarInput.Date(v, value, field, first, last);
            if (d is { } date && !seen.TryAdd(date, field))
            {
                v.Add(field, $"Ngày {Show(date)} đã có ở {seen[date]}. / {field} repeats a date used in {seen[date]}.");
            }

            return d;
        }

        // Labour Code 2019 art. 112.3: the Prime Minister picks the Tết days each year, around lunar 1/1.
        var tet = new List<DateOnly>();
        var tetInput = r.TetDaysOff?.Select((s, i) => (Value: s, Index: i)).Where(p => !string.IsNullOrWhiteSpace(p.Value)).ToList() ?? [];
        v.Check(tetInput.Count <= MaxTetDays, "tetDaysOff", $"Tối đa {MaxTetDays} ngày nghỉ Tết. / At most {MaxTetDays} Tết days.");
        var lunarNewYear = VietnameseLunarCalendar.NewYear(year);
        foreach (var (value, i) in tetInput.Take(MaxTetDays))
        {
            string field = Field("tetDaysOff", i);
            if (InYear(value, field) is { } d)
            {
                if (Math.Abs(d.DayNumber - lunarNewYear.DayNumber) > TetWindowDays)
                {
                    v.Add(field, $"Ngày {Show(d)} cách mùng 1 Tết ({Show(lunarNewYear)}) quá {TetWindowDays} ngày. / {field} is too far from the lunar new year.");
                }

                tet.Add(d);
            }
        }

        // Labour Code 2019 art. 112.1.đ: 2 Sep plus one adjacent day (1 or 3 Sep), in force from 2021.
        DateOnly? adjacent = null;
        if (!string.IsNullOrWhiteSpace(r.NationalDayAdjacentDay) && InYear(r.NationalDayAdjacentDay, "nationalDayAdjacentDay") is { } nd)
        {
            if (year < 2021)
            {
                v.Add("nationalDayAdjacentDay", "Ngày liền kề Quốc khánh chỉ có từ năm 2021 (Bộ luật Lao động 2019). / The adjacent day exists from 2021.");
            }
            else if (nd.Month != 9 || nd.Day is not (1 or 3))
            {
                v.Add("nationalDayAdjacentDay", $"Ngày liền kề Quốc khánh phải là 01/9 hoặc 03/9/{year}. / Must be 1 or 3 September.");
            }
            else
            {
                adjacent = nd;
            }
        }

        var swaps = new List<DaySwap>();
        var swapInput = Rows(r.Swaps, s => s is not null && (!string.IsNullOrWhiteSpace(s.DayOff) || !string.IsNullOrWhiteSpace(s.DayWorked)));
        v.Check(swapInput.Count <= MaxItems, "swaps", $"Tối đa {MaxItems} cặp hoán đổi. / At most {MaxItems} swaps.");

        // A swap may reach across New Year (e.g. Mon 31 Dec 2018 off, worked back on Sat 5 Jan 2019), so its dates may lie
        // in the month before or after the year, as long as one of them is in the year.
        var nearFirst = first.AddMonths(-1);
        var nearLast = last.AddMonths(1);
        foreach (var (s, i) in swapInput.Take(MaxItems))
        {
            var off = CalendarInput.Date(v, s.DayOff, Field("swaps", i, "dayOff"), nearFirst, nearLast);
            var worked = CalendarInput.Date(v, s.DayWorked, Field("swaps", i, "dayWorked"), nearFirst, nearLast);
            v.MaxLength(s.Note, Field("swaps", i, "note"), "Ghi chú", 200);
            if (off is { } o && IsWeekend(o))
            {
                v.Add(Field("swaps", i, "dayOff"), $"Ngày nghỉ hoán đổi {Show(o)} phải là ngày từ thứ Hai đến thứ Sáu. / The day off must be Monday–Friday.");
            }

            if (worked is { } w && !IsWeekend(w))
            {
                v.Add(Field("swaps", i, "dayWorked"), $"Ngày làm bù {Show(w)} phải là thứ Bảy hoặc Chủ nhật. / The day worked must be a Saturday or Sunday.");
            }

            if (off is { } o2 && worked is { } w2)
            {
                if (o2.Year != year && w2.Year != year)
                {
                    v.Add(Field("swaps", i, "dayOff"), $"Cặp hoán đổi phải có ít nhất một ngày trong năm {year}. / One of the swap's days must be in {year}.");
                }

                foreach (var (d, f) in new[] { (o2, Field("swaps", i, "dayOff")), (w2, Field("swaps", i, "dayWorked")) })
                {
                    if (!seen.TryAdd(d, f))
                    {
                        v.Add(f, $"Ngày {Show(d)} đã có ở {seen[d]}. / {f} repeats a date used in {seen[d]}.");
                    }
                }

                swaps.Add(new DaySwap(o2, w2, Trim(s.Note)));
            }
        }

        var holidays = new List<DecidedHoliday>();
        var holidayInput = Rows(r.ExtraHolidays, h => h is not null && (!string.IsNullOrWhiteSpace(h.Date) || !string.IsNullOrWhiteSpace(h.Name)));
        v.Check(holidayInput.Count <= MaxItems, "extraHolidays", $"Tối đa {MaxItems} ngày lễ bổ sung. / At most {MaxItems} extra holidays.");
        foreach (var (h, i) in holidayInput.Take(MaxItems))
        {
            var d = InYear(h.Date, Field("extraHolidays", i, "date"));
            v.Require(h.Name, Field("extraHolidays", i, "name"), "Tên ngày lễ", 200);
            if (d is { } date && !string.IsNullOrWhiteSpace(h.Name) && h.Name.Length <= 200)
            {
                holidays.Add(new DecidedHoliday(date, h.Name.Trim().Normalize()));
            }
        }

        var daysOff = new List<DecidedDay>();
        var offInput = Rows(r.ExtraDaysOff, x => x is not null && (!string.IsNullOrWhiteSpace(x.Date) || !string.IsNullOrWhiteSpace(x.Note)));
        v.Check(offInput.Count <= MaxItems, "extraDaysOff", $"Tối đa {MaxItems} ngày nghỉ bổ sung. / At most {MaxItems} extra days off.");
        foreach (var (x, i) in offInput.Take(MaxItems))
        {
            var d = InYear(x.Date, Field("extraDaysOff", i, "date"));
            v.Require(x.Note, Field("extraDaysOff", i, "note"), "Lý do nghỉ", 200);
            if (d is { } date && IsWeekend(date))
            {
                v.Add(Field("extraDaysOff", i, "date"), $"Ngày {Show(date)} đã là ngày nghỉ cuối tuần. / {Show(date)} is already a weekend day.");
            }
            else if (d is { } ok && !string.IsNullOrWhiteSpace(x.Note))
            {
                daysOff.Add(new DecidedDay(ok, Trim(x.Note)));
            }
        }

        var working = new List<DecidedDay>();
        var workInput = Rows(r.ExtraWorkingDays, x => x is not null && (!string.IsNullOrWhiteSpace(x.Date) || !string.IsNullOrWhiteSpace(x.Note)));
        v.Check(workInput.Count <= MaxItems, "extraWorkingDays", $"Tối đa {MaxItems} ngày làm việc bổ sung. / At most {MaxItems} extra working days.");
        foreach (var (x, i) in workInput.Take(MaxItems))
        {
            var d = InYear(x.Date, Field("extraWorkingDays", i, "date"));
            v.Require(x.Note, Field("extraWorkingDays", i, "note"), "Lý do làm việc", 200);
            if (d is { } date && !IsWeekend(date) && baseline.IsWorkingDay(date))
            {
                v.Add(Field("extraWorkingDays", i, "date"), $"Ngày {Show(date)} vốn là ngày làm việc. / {Show(date)} is already a working day.");
            }
            else if (d is { } ok && !string.IsNullOrWhiteSpace(x.Note))
            {
                working.Add(new DecidedDay(ok, Trim(x.Note)));
            }
        }

        v.ThrowIfInvalid();
        return new YearDecision
        {
            Year = year,
            Source = r.Source!.Trim().Normalize(),
            TetDaysOff = tet.Count == 0 ? null : tet.Order().ToList(),
            NationalDayAdjacentDay = adjacent,
            Swaps = swaps.Count == 0 ? null : swaps,
            ExtraHolidays = holidays.Count == 0 ? null : holidays,
            ExtraDaysOff = daysOff.Count == 0 ? null : daysOff,
            ExtraWorkingDays = working.Count == 0 ? null : working,
        };
    }

    /// <summary>The filled rows with their index in the request (a form posts empty rows; errors name the row as posted).</summary>
    private static List<(T Item, int Index)> Rows<T>(IReadOnlyList<T?>? rows, Func<T?, bool> filled) where T : class =>
        rows?.Select((x, i) => (x, i)).Where(p => filled(p.x)).Select(p => (p.x!, p.i)).ToList() ?? [];

    private static bool IsWeekend(DateOnly d) => d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static string? Trim(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim().Normalize();

    private static string Show(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string Field(string list, int i) => string.Create(CultureInfo.InvariantCulture, $"{list}[{i}]");

    private static string Field(string list, int i, string member) => string.Create(CultureInfo.InvariantCulture, $"{list}[{i}].{member}");
}
