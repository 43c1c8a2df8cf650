using System.Globalization;

namespace KyCuong.Web.Modules.Calendar.Domain;

/// <summary>
/// Parses query and form values ourselves (dates strictly <c>YYYY-MM-DD</c>, docs/api.md conventions), so that bad input is a
/// 400 with <c>errors: {field: [...]}</c> naming the field, never the framework's generic binding failure or a 500.
/// </summary>
internal static class CalendarInput
{
    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>A required date within [<paramref name="min"/>, <paramref name="max"/>]; null (and an error) otherwise.</summary>
    public static DateOnly? Date(Validator v, string? value, string field, DateOnly min, DateOnly max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            v.Add(field, $"Thiếu ngày {field} (dạng YYYY-MM-DD, ví dụ 2026-02-17). / {field} is required (YYYY-MM-DD).");
            return null;
        }

        if (!TryParseDate(value, out var date))
        {
            v.Add(field, $"Ngày \"{Shorten(value)}\" không hợp lệ (cần ngày có thật, dạng YYYY-MM-DD). / {field} is not a valid date (YYYY-MM-DD).");
            return null;
        }

        if (date < min || date > max)
        {
            v.Add(field, Invariant($"Ngày {date:yyyy-MM-dd} nằm ngoài phạm vi lịch ({min:yyyy-MM-dd} – {max:yyyy-MM-dd}). / {field} is outside the calendar ({min:yyyy-MM-dd} to {max:yyyy-MM-dd})."));
            return null;
        }

        return date;
    }

    /// <summary>A required whole number within [<paramref name="min"/>, <paramref name="max"/>]; null (and an error) otherwise.</summary>
    public static int? WholeNumber(Validator v, string? value, string field, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            v.Add(field, $"Thiếu tham số {field} (số nguyên). / {field} is required (a whole number).");
            return null;
        }

        if (!int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n))
        {
            v.Add(field, $"\"{Shorten(value)}\" không phải số nguyên. / {field} is not a whole number.");
            return null;
        }

        if (n < min || n > max)
        {
            v.Add(field, Invariant($"{field} phải từ {min} đến {max}. / {field} must be between {min} and {max}."));
            return null;
        }

        return n;
    }

    private static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
