using System.Globalization;

namespace KyCuong.Web.Platform.Web;

/// <summary>
/// The rules every value that enters the system obeys, checked in one place (the JSON converters of the API, the query and
/// route filter of every endpoint, the model binders of every page form; see <see cref="InputGuard"/>):
/// dates lie within the working calendar (1900–2100, docs/adr/0006-deadline-engine.md: the calendar is computed for those
/// years only, and a date outside it cannot be counted in working days), and text carries no control characters (which
/// PostgreSQL and spreadsheets refuse) nor bidirectional overrides (which make a title read differently from what it is,
/// Unicode TR #36 §2.1).
/// </summary>
internal static class InputRules
{
    public static readonly DateOnly FirstDate = new(1900, 1, 1);

    public static readonly DateOnly LastDate = new(2100, 12, 31);

    public static bool IsInCalendar(DateOnly date) => date >= FirstDate && date <= LastDate;

    public static bool IsInCalendar(DateTimeOffset instant) => instant.UtcDateTime.Year is >= 1900 and <= 2100;

    public static bool IsInCalendar(DateTime instant) => instant.Year is >= 1900 and <= 2100;

    /// <summary>A stored date outside the calendar (data older than this validation) moved to the calendar's nearest edge.</summary>
    public static DateOnly ClampToCalendar(DateOnly date) => date < FirstDate ? FirstDate : date > LastDate ? LastDate : date;

    public static string DateOutOfRange(string field) =>
        $"Ngày phải trong khoảng 01/01/1900 – 31/12/2100. / {field} must be between 1900-01-01 and 2100-12-31.";

    /// <summary>
    /// C0 controls except tab and line breaks, DEL, C1 controls, and the bidirectional embeddings, overrides and isolates
    /// (U+202A–U+202E, U+2066–U+2069). Line breaks and tabs are refused too where the field is single-line.
    /// </summary>
    public static bool IsForbidden(char c, bool singleLine) => c switch
    {
        '\t' or '\n' or '\r' => singleLine,
        < '\u0020' => true,
        >= '\u007F' and <= '\u009F' => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        _ => false,
    };

    /// <summary>The first forbidden character of <paramref name="text"/> described for the user, or null when the text is clean.</summary>
    public static string? ForbiddenCharacter(string text, string field, bool singleLine = false)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsForbidden(c, singleLine))
            {
                var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                return c is '\t' or '\n' or '\r'
                    ? $"Trường này chỉ gồm một dòng, không được xuống dòng (vị trí {i + 1}). / {field} is single-line: no line breaks or tabs."
                    : $"Văn bản chứa ký tự điều khiển không được phép U+{code} (vị trí {i + 1}). / {field} contains the forbidden control character U+{code}.";
            }
        }

        return null;
    }

    /// <summary>Stored text as a spreadsheet or CSV cell can hold it: forbidden characters (in data older than this validation) become U+FFFD.</summary>
    public static string Printable(string text)
    {
        if (!text.Any(c => IsForbidden(c, false) || char.IsSurrogate(c)))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
                continue;
            }

            if (IsForbidden(c, false) || char.IsSurrogate(c))
            {
                chars[i] = '\uFFFD';
            }
        }

        return new string(chars);
    }
}

/// <summary>Marks a text field that is one line (a title, a name): line breaks and tabs are refused there too.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class SingleLineAttribute : Attribute;

/// <summary>
/// Marks a deadline: besides lying in the calendar it may be at most <see cref="InputOptions.DeadlineMaxYearsAhead"/> years
/// after today (a deadline decades away is a typing error, and would never be chased).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
internal sealed class DeadlineAttribute : Attribute;

/// <summary>Settings of the input rules (section <c>Input</c>), checked at start.</summary>
internal sealed class InputOptions
{
    public const string Section = "Input";

    /// <summary>How many years ahead of today a deadline may lie (default 5; 1–50).</summary>
    public int DeadlineMaxYearsAhead { get; set; } = 5;
}
