using System.Globalization;

namespace KyCuong.Documents.Parsing;

/// <summary>
/// Reads Vietnamese dates from folded text: "19/4/2023", "19-4-2023", "19 tháng 4 năm 2023", and the
/// blank forms of an unissued draft ("ngày tháng 6 năm 2023").
/// </summary>
internal static class DateText
{
    /// <summary>Reads a date at <paramref name="i"/> in folded text; day or month may be blank when allowed.</summary>
    public static bool TryRead(string folded, int i, int limit, bool allowBlank, out int? day, out int? month, out int? year, out int end)
    {
        day = month = year = null;
        end = i;
        var p = SkipSpaces(folded, i, limit);
        var d = ReadInt(folded, ref p, limit, 2);
        p = SkipSpaces(folded, p, limit);
        if (!ReadSeparator(folded, ref p, limit, "thang"))
        {
            return false;
        }

        p = SkipSpaces(folded, p, limit);
        var m = ReadInt(folded, ref p, limit, 2);
        p = SkipSpaces(folded, p, limit);
        if (!ReadSeparator(folded, ref p, limit, "nam"))
        {
            // "ngày 15/7" without a year.
            if (d is not null && m is not null && !allowBlank)
            {
                day = d;
                month = m;
                end = p;
                return Valid(d, m, 2000);
            }

            return false;
        }

        p = SkipSpaces(folded, p, limit);
        var y = ReadInt(folded, ref p, limit, 4);
        if (y is null || y < 1900 || y > 2200)
        {
            return false;
        }

        if (!allowBlank && (d is null || m is null))
        {
            return false;
        }

        if (!Valid(d ?? 1, m ?? 1, y.Value))
        {
            return false;
        }

        day = d;
        month = m;
        year = y;
        end = p;
        return true;
    }

    /// <summary>A full date, or null.</summary>
    public static DateOnly? ToDate(int? day, int? month, int? year) =>
        day is { } d && month is { } m && year is { } y && Valid(d, m, y) ? new DateOnly(y, m, d) : null;

    /// <summary>"2023" or "2023-06" for a date printed without its day or month.</summary>
    public static string? Partial(int? day, int? month, int? year)
    {
        if (year is null || (day is not null && month is not null))
        {
            return null;
        }

        return month is { } m
            ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{m:D2}")
            : year.Value.ToString("D4", CultureInfo.InvariantCulture);
    }

    private static bool Valid(int? day, int? month, int year) =>
        month is >= 1 and <= 12 && day is >= 1 && day <= DateTime.DaysInMonth(year, month.Value);

    private static int SkipSpaces(string s, int p, int limit)
    {
        while (p < limit && s[p] == ' ')
        {
            p++;
        }

        return p;
    }

    private static int? ReadInt(string s, ref int p, int limit, int maxDigits)
    {
        var start = p;
        var value = 0;
        while (p < limit && p - start < maxDigits && char.IsAsciiDigit(s[p]))
        {
            value = value * 10 + (s[p] - '0');
            p++;
        }

        if (p < limit && char.IsAsciiDigit(s[p]))
        {
            p = start;
            return null;
        }

        return p > start ? value : null;
    }

    private static bool ReadSeparator(string s, ref int p, int limit, string word)
    {
        if (p < limit && s[p] is '/' or '-' or '.')
        {
            p++;
            return true;
        }

        if (p + word.Length <= limit && string.CompareOrdinal(s, p, word, 0, word.Length) == 0)
        {
            p += word.Length;
            return true;
        }

        return false;
    }
}
