using System.Globalization;
using System.Text.RegularExpressions;

namespace KyCuong.Web.Platform.Web.Dates;

/// <summary>
/// Dates as a Vietnamese civil servant types and reads them: ngày/tháng/năm (<c>dd/mm/yyyy</c>, Nghị định 30/2020 Phụ lục I
/// writes dates day first), never the browser's month-first form. Pages also accept ISO <c>yyyy-mm-dd</c> (what a date field
/// of an older form, a bookmark or a script sends); the JSON API stays ISO only (<see cref="CalendarDateOnlyConverter"/>).
/// </summary>
internal static partial class VietnamDates
{
    public const string Format = "dd/MM/yyyy";

    public const string Placeholder = "dd/mm/yyyy";

    public static string Show(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture);

    public static string? Show(DateOnly? date) => date is { } d ? Show(d) : null;

    /// <summary>Parses <c>d/m/yyyy</c> (also with <c>-</c> or <c>.</c> between the parts) or ISO <c>yyyy-mm-dd</c>.</summary>
    /// <returns>Null when parsed; else the reason, in Vietnamese, to show beside the field.</returns>
    public static string? TryParse(string? text, out DateOnly date)
    {
        date = default;
        var s = (text ?? "").Trim();
        int day, month, year;
        if (DayFirst().Match(s) is { Success: true } m)
        {
            (day, month, year) = (Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value));
        }
        else if (Iso().Match(s) is { Success: true } iso)
        {
            (year, month, day) = (Int(iso.Groups[1].Value), Int(iso.Groups[2].Value), Int(iso.Groups[3].Value));
        }
        else
        {
            return $"\"{s}\" không phải là ngày: hãy nhập theo dạng ngày/tháng/năm, ví dụ 04/05/2027. / Not a date: use dd/mm/yyyy.";
        }

        if (month is < 1 or > 12)
        {
            return $"Ngày {s} không hợp lệ: tháng phải từ 1 đến 12 (nhập theo dạng ngày/tháng/năm). / Invalid date: the month must be 1–12 (dd/mm/yyyy).";
        }

        if (year is < 1 or > 9999 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            var days = year is >= 1 and <= 9999 ? DateTime.DaysInMonth(year, month) : 31;
            return $"Ngày {s} không có thật: tháng {month:00}/{year} chỉ có {days} ngày. / Invalid date: {year}-{month:00} has {days} days.";
        }

        date = new DateOnly(year, month, day);
        return null;
    }

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    [GeneratedRegex(@"^(\d{4})-(\d{1,2})-(\d{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();
}
