using System.Globalization;
using System.Text.RegularExpressions;
using KyCuong.Calendar;

namespace KyCuong.Web.Modules.Reports.Domain;

/// <summary>How often a regime asks for a report (Decree 09/2019/NĐ-CP art. 12: periodic reports by month, quarter, half-year and
/// year; art. 4.2: one-off reports on request). docs/domain.md "Reports".</summary>
internal enum Periodicity
{
    Month,
    Quarter,
    HalfYear,
    Year,
    Once,
}

internal static class Periodicities
{
    public static bool TryParse(string? text, out Periodicity periodicity)
    {
        periodicity = text switch
        {
            "month" => Periodicity.Month,
            "quarter" => Periodicity.Quarter,
            "halfYear" => Periodicity.HalfYear,
            "year" => Periodicity.Year,
            "once" => Periodicity.Once,
            _ => (Periodicity)(-1),
        };
        return Enum.IsDefined(periodicity);
    }

    public static string Name(Periodicity p) => p switch
    {
        Periodicity.Month => "month",
        Periodicity.Quarter => "quarter",
        Periodicity.HalfYear => "halfYear",
        Periodicity.Year => "year",
        _ => "once",
    };

    public static string Vietnamese(Periodicity p) => p switch
    {
        Periodicity.Month => "hằng tháng",
        Periodicity.Quarter => "hằng quý",
        Periodicity.HalfYear => "6 tháng",
        Periodicity.Year => "hằng năm",
        _ => "đột xuất",
    };
}

/// <summary>
/// One reporting period with the decree's data cut-off (Decree 09/2019/NĐ-CP art. 12.1): month = 15th of the previous month to the
/// 14th; quarter = 15th of the month before the quarter to the 14th of its last month; first half-year = 15 December of the
/// previous year to 14 June, second = 15 June to 14 December; year = 15 December of the previous year to 14 December.
/// The key is <c>2026-07</c>, <c>2026-Q3</c>, <c>2026-H1</c> or <c>2026</c>.
/// </summary>
internal sealed partial record ReportPeriod(string Key, Periodicity Kind, DateOnly From, DateOnly To)
{
    /// <summary>Parses a key. A regime's periodicity fixes the form of its keys; a one-off regime takes any of the four forms
    /// (the span the requesting body names, still cut off on the decree's dates).</summary>
    public static bool TryParse(string? key, Periodicity regime, out ReportPeriod? period, out string error)
    {
        period = null;
        error = "";
        var m = Pattern().Match(key ?? "");
        if (!m.Success)
        {
            error = "Kỳ báo cáo không hợp lệ: dùng dạng 2026-07 (tháng), 2026-Q3 (quý), 2026-H1 (6 tháng) hoặc 2026 (năm). / Period must look like 2026-07, 2026-Q3, 2026-H1 or 2026.";
            return false;
        }

        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < 1950 or > 2099)
        {
            error = "Năm của kỳ báo cáo phải trong khoảng 1950–2099. / Year out of range.";
            return false;
        }

        ReportPeriod? p = null;
        if (m.Groups["m"].Success)
        {
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12)
            {
                p = Month(year, month);
            }
        }
        else if (m.Groups["q"].Success)
        {
            p = Quarter(year, m.Groups["q"].Value[0] - '0');
        }
        else if (m.Groups["h"].Success)
        {
            p = Half(year, m.Groups["h"].Value[0] - '0');
        }
        else
        {
            p = Year(year);
        }

        if (p is null)
        {
            error = "Kỳ báo cáo không hợp lệ (tháng 01–12, quý Q1–Q4, 6 tháng H1–H2). / Invalid month, quarter or half.";
            return false;
        }

        if (regime != Periodicity.Once && p.Kind != regime)
        {
            error = $"Chế độ báo cáo này là báo cáo {Periodicities.Vietnamese(regime)}: kỳ phải có dạng {Example(regime)}. / The regime is {Periodicities.Name(regime)}: use a period like {Example(regime)}.";
            return false;
        }

        period = p;
        return true;
    }

    public static ReportPeriod Month(int year, int month)
    {
        var end = new DateOnly(year, month, 14);
        return new($"{year:D4}-{month:D2}", Periodicity.Month, end.AddMonths(-1).AddDays(1), end);
    }

    public static ReportPeriod Quarter(int year, int quarter)
    {
        var lastMonth = new DateOnly(year, quarter * 3, 14);
        return new($"{year:D4}-Q{quarter}", Periodicity.Quarter, lastMonth.AddMonths(-3).AddDays(1), lastMonth);
    }

    public static ReportPeriod Half(int year, int half) => half == 1
        ? new($"{year:D4}-H1", Periodicity.HalfYear, new DateOnly(year - 1, 12, 15), new DateOnly(year, 6, 14))
        : new($"{year:D4}-H2", Periodicity.HalfYear, new DateOnly(year, 6, 15), new DateOnly(year, 12, 14));

    public static ReportPeriod Year(int year) => new($"{year:D4}", Periodicity.Year, new DateOnly(year - 1, 12, 15), new DateOnly(year, 12, 14));

    /// <summary>The period (of a regime's periodicity) whose cut-off window holds <paramref name="day"/>; one-off regimes use months.</summary>
    public static ReportPeriod Containing(Periodicity kind, DateOnly day)
    {
        // After the 14th a day belongs to the next month's window (the 15th opens it).
        var shifted = day.Day >= 15 ? day.AddMonths(1) : day;
        return kind switch
        {
            Periodicity.Quarter => Quarter(shifted.Year, (shifted.Month + 2) / 3),
            Periodicity.HalfYear => shifted.Month <= 6 ? Half(shifted.Year, 1) : Half(shifted.Year, 2),
            Periodicity.Year => Year(shifted.Year),
            _ => Month(shifted.Year, shifted.Month),
        };
    }

    /// <summary>
    /// The submission deadline: <paramref name="workingDays"/> working days after the cut-off on the working calendar (the first day
    /// not counted, Civil Code 2015 art. 147.2; weekends, holidays and Tết skipped, docs/domain.md §7).
    /// </summary>
    public DateOnly DueDate(WorkingCalendar calendar, int workingDays) => calendar.AddWorkingDays(To, workingDays);

    /// <summary>Words for a title: "tháng 7 năm 2026", "quý III năm 2026", "6 tháng đầu năm 2026", "năm 2026".</summary>
    public string Vietnamese() => Kind switch
    {
        Periodicity.Month => $"tháng {To.Month} năm {To.Year}",
        Periodicity.Quarter => $"quý {new[] { "I", "II", "III", "IV" }[(To.Month / 3) - 1]} năm {To.Year}",
        Periodicity.HalfYear => To.Month == 6 ? $"6 tháng đầu năm {To.Year}" : $"6 tháng cuối năm {To.Year}",
        _ => $"năm {To.Year}",
    };

    private static string Example(Periodicity p) => p switch
    {
        Periodicity.Month => "2026-07",
        Periodicity.Quarter => "2026-Q3",
        Periodicity.HalfYear => "2026-H1",
        _ => "2026",
    };

    [GeneratedRegex(@"^(?<y>[0-9]{4})(?:-(?:(?<m>[0-9]{2})|Q(?<q>[1-4])|H(?<h>[12])))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
