using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KyCuong.Web.Modules.Citizens.Domain;

/// <summary>
/// Looks for the sender's personal data in a text about to be published (docs/domain.md "Citizens", "No personal data in a
/// published answer"; Nghị định 13/2023/NĐ-CP art. 2 khoản 3 and Luật Bảo vệ dữ liệu cá nhân 2025: name, phone number,
/// e-mail and identity number are basic personal data, disclosed only with the subject's consent). It finds:
/// <list type="bullet">
/// <item>the sender's name as recorded, compared without accents and case (NFC or decomposed text alike): the full name
/// anywhere as whole words, or its last word(s) right after a form of address (ông, bà, anh, chị…), e.g. "bà Xuyến";</item>
/// <item>the sender's phone and e-mail as recorded, and any Vietnamese mobile number (0, +84 or 0084 followed by 9 digits,
/// grouped by one kind of separator: space, dot or dash), any e-mail address except a state body's (<c>*.gov.vn</c>, not the
/// sender's), and any citizen identity number (9 digits of the old CMND or 12 of the CCCD; contiguous or grouped by spaces,
/// never a sum of money with dots or followed by "đồng");</item>
/// </list>
/// Each finding names its field, its kind and the excerpt masked (first letter of each word, or the first and last two
/// digits), so the finding itself never repeats the data.
/// </summary>
internal static partial class PersonalDataScan
{
    public const string Name = "name";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string CitizenId = "citizenId";

    /// <summary>What is recorded on the sender (null where not given or erased).</summary>
    internal sealed record Sender(string? Name, string? Phone, string? Email);

    /// <summary>One piece of personal data: in which field, of which kind, masked, and where it starts (UTF-16 index in the NFC text).</summary>
    internal sealed record Finding(string Field, string Kind, string Excerpt, int Index)
    {
        internal int Length { get; init; }
    }

    /// <summary>Forms of address that put a given name in the text (folded: no accents, lower case).</summary>
    private static readonly string[] Honorifics = ["ong", "ba", "anh", "chi", "co", "chu", "bac", "em", "chau", "cu"];

    public static IReadOnlyList<Finding> Find(string field, string text, Sender sender)
    {
        text = text.Normalize(NormalizationForm.FormC);
        var found = new List<Finding>();
        var (folded, map) = FoldWithMap(text);
        FindName(field, text, folded, map, sender.Name, found);
        FindEmails(field, text, sender.Email, found);
        FindNumbers(field, text, sender.Phone, found);

        // A span inside another (the full name inside "bà + name", nine digits inside twelve) is one finding.
        var kept = new List<Finding>();
        foreach (var f in found.OrderBy(f => f.Index).ThenByDescending(f => f.Length))
        {
            if (!kept.Any(k => f.Index >= k.Index && f.Index + f.Length <= k.Index + k.Length))
            {
                kept.Add(f);
            }
        }

        return kept;
    }

    /// <summary>The kind of a finding in Vietnamese, as the receiving page lists it.</summary>
    public static string KindLabel(string kind) => kind switch
    {
        Name => "họ tên người gửi",
        Phone => "số điện thoại",
        Email => "địa chỉ thư điện tử",
        CitizenId => "số định danh cá nhân (CMND, CCCD)",
        _ => "dữ liệu cá nhân",
    };

    /// <summary>The field of a finding in Vietnamese.</summary>
    public static string FieldLabel(string field) => field switch
    {
        "subject" => "Tiêu đề",
        "reason" => "Lý do từ chối",
        "notice" => "Thông báo cho người gửi",
        "toBody" => "Tên cơ quan nhận",
        _ => "Câu trả lời",
    };

    /// <summary>Lower case without diacritics (đ → d), letters and digits only, one space between words.</summary>
    public static string Fold(string text) => FoldWithMap(text).Folded;

    private static void FindName(string field, string text, string folded, int[] map, string? name, List<Finding> found)
    {
        var words = name is null ? [] : Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }

        // The full name anywhere; a one-word name ("Khách", "An") only after a form of address, or it would match ordinary words.
        if (words.Length >= 2)
        {
            foreach (var (start, end) in WholeWords(folded, string.Join(' ', words)))
            {
                found.Add(At(field, Name, text, map[start], map[end - 1] + 1, MaskWords));
            }
        }

        for (var k = 1; k <= words.Length; k++)
        {
            var given = string.Join(' ', words[^k..]);
            foreach (var h in Honorifics)
            {
                foreach (var (start, end) in WholeWords(folded, h + " " + given))
                {
                    found.Add(At(field, Name, text, map[start], map[end - 1] + 1, MaskAfterFirstWord));
                }
            }
        }
    }

    private static void FindEmails(string field, string text, string? recorded, List<Finding> found)
    {
        if (!text.Contains('@', StringComparison.Ordinal))
        {
            return;
        }

        var own = recorded?.Trim();
        foreach (Match m in EmailPattern().Matches(text))
        {
            var domain = m.Value[(m.Value.LastIndexOf('@') + 1)..].ToLowerInvariant();
            var isSender = own is not null && string.Equals(m.Value, own, StringComparison.OrdinalIgnoreCase);
            // A state body's address (a department's mailbox) is not the sender's; the sender's own is found even there.
            if (isSender || !(domain == "gov.vn" || domain.EndsWith(".gov.vn", StringComparison.Ordinal)))
            {
                found.Add(At(field, Email, text, m.Index, m.Index + m.Length, MaskEmail));
            }
        }
    }

    /// <summary>
    /// Runs of digit groups ("0912 345 678", "079.123.456.789"), then every stretch of whole groups joined by one kind of
    /// separator: a mobile number, a citizen ID, or the sender's recorded phone, whatever its shape.
    /// </summary>
    private static void FindNumbers(string field, string text, string? recordedPhone, List<Finding> found)
    {
        var own = PhoneDigits(recordedPhone);
        foreach (Match run in DigitRunPattern().Matches(text))
        {
            var groups = GroupPattern().Matches(run.Value).Select(g => (Start: run.Index + g.Index, End: run.Index + g.Index + g.Length)).ToList();
            var money = MoneyAfterPattern().IsMatch(text.AsSpan(run.Index + run.Length));
            for (var i = 0; i < groups.Count; i++)
            {
                // A "+84" prefix belongs to the first group only when it starts the run.
                var plus = i == 0 && run.Value.StartsWith('+');
                // The one separator of this stretch: the character before its second group.
                var separator = i + 1 < groups.Count ? text[groups[i + 1].Start - 1] : '\0';
                for (var j = i; j < groups.Count; j++)
                {
                    if (j > i && text[groups[j].Start - 1] != separator)
                    {
                        break;
                    }

                    var start = plus ? run.Index : groups[i].Start;
                    var end = groups[j].End;
                    var digits = new string(text[start..end].Where(char.IsAsciiDigit).ToArray());
                    if (digits.Length > 16)
                    {
                        // Longer than any phone (with 0084) or identity number: nothing further in this stretch.
                        break;
                    }

                    var kind = Classify(digits, plus, j > i ? separator : '\0', money, own);
                    if (kind is not null)
                    {
                        found.Add(At(field, kind, text, start, end, MaskDigits));
                    }
                }
            }
        }
    }

    private static string? Classify(string digits, bool plus, char separator, bool money, string? own)
    {
        var asPhone = plus || digits.StartsWith("0084", StringComparison.Ordinal) ? PhoneDigits("+" + digits.TrimStart('0')) : digits;
        if (own is not null && asPhone == own)
        {
            return Phone;
        }

        // NĐ 13/2023 art. 2 khoản 3: the phone number; a Vietnamese mobile is 0 + 9 digits (+84 without its 0).
        if (asPhone is { Length: 10 } && asPhone[0] == '0' && asPhone[1] != '0')
        {
            return Phone;
        }

        // The identity number: 9 digits (CMND) or 12 (CCCD, which starts with the 0 of the province code); never a sum of money.
        if (!plus && !money && separator is '\0' or ' ' && (digits.Length == 9 || (digits.Length == 12 && digits[0] == '0')) && digits.Any(d => d != '0'))
        {
            return CitizenId;
        }

        return null;
    }

    /// <summary>The digits of a phone as it is dialled inside Việt Nam (+84 9… → 09…); null when too short to be one.</summary>
    internal static string? PhoneDigits(string? phone)
    {
        if (phone is null)
        {
            return null;
        }

        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        var international = phone.TrimStart().StartsWith('+') || digits.StartsWith("00", StringComparison.Ordinal);
        digits = digits.TrimStart('0');
        if (international && digits.StartsWith("84", StringComparison.Ordinal))
        {
            digits = "0" + digits[2..];
        }
        else if (!international)
        {
            digits = "0" + digits;
        }

        return digits.Length >= 7 ? digits : null;
    }

    private static Finding At(string field, string kind, string text, int start, int end, Func<string, string> mask) =>
        new(field, kind, mask(text[start..end]), start) { Length = end - start };

    private static IEnumerable<(int Start, int End)> WholeWords(string folded, string key)
    {
        for (var at = folded.IndexOf(key, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var end = at + key.Length;
            if ((at == 0 || folded[at - 1] == ' ') && (end == folded.Length || folded[end] == ' '))
            {
                yield return (at, end);
            }
        }
    }

    /// <summary>The folded text and, for each of its characters, the index of the character of <paramref name="text"/> it came from.</summary>
    private static (string Folded, int[] Map) FoldWithMap(string text)
    {
        var sb = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        var space = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var parts = c < 128 || char.IsSurrogate(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormD);
            foreach (var d in parts)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) == UnicodeCategory.NonSpacingMark)
                {
                    continue;
                }

                var l = char.ToLowerInvariant(d) switch { 'đ' => 'd', var x => x };
                if (char.IsLetterOrDigit(l))
                {
                    sb.Append(l);
                    map.Add(i);
                    space = false;
                }
                else if (!space)
                {
                    sb.Append(' ');
                    map.Add(i);
                    space = true;
                }
            }
        }

        if (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
            map.RemoveAt(map.Count - 1);
        }

        return (sb.ToString(), [.. map]);
    }

    /// <summary>"Lương Thị Xuyến" → "L**** T** X****".</summary>
    internal static string MaskWords(string s)
    {
        var chars = s.Normalize(NormalizationForm.FormC).ToCharArray();
        var first = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetterOrDigit(chars[i]))
            {
                if (!first)
                {
                    chars[i] = '*';
                }

                first = false;
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(chars[i]) != UnicodeCategory.NonSpacingMark)
            {
                first = true;
            }
        }

        return new string(chars);
    }

    /// <summary>"bà Xuyến" → "bà X****": the form of address stays readable.</summary>
    private static string MaskAfterFirstWord(string s)
    {
        var cut = 0;
        while (cut < s.Length && (char.IsLetter(s[cut]) || CharUnicodeInfo.GetUnicodeCategory(s[cut]) == UnicodeCategory.NonSpacingMark))
        {
            cut++;
        }

        return s[..cut] + MaskWords(s[cut..]);
    }

    /// <summary>"0912 345 678" → "09** *** *78": the first and last two digits stay.</summary>
    internal static string MaskDigits(string s)
    {
        var positions = Enumerable.Range(0, s.Length).Where(i => char.IsAsciiDigit(s[i])).ToList();
        var chars = s.ToCharArray();
        for (var k = 2; k < positions.Count - 2; k++)
        {
            chars[positions[k]] = '*';
        }

        return new string(chars);
    }

    /// <summary>"xuyen.luong@example.vn" → "x**********@*******.vn".</summary>
    internal static string MaskEmail(string s)
    {
        var at = s.LastIndexOf('@');
        var dot = s.LastIndexOf('.');
        var chars = s.ToCharArray();
        for (var i = 1; i < chars.Length; i++)
        {
            if (i != at && (i < at || i < dot) && chars[i] != '.')
            {
                chars[i] = '*';
            }
        }

        return new string(chars);
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    /// <summary>Digit groups joined by one space, dot or dash each, optionally after "+"; never part of a longer number.</summary>
    [GeneratedRegex(@"(?<![\p{N}+])\+?\s?[0-9]+(?:[ .\-][0-9]+)*(?!\p{N})", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRunPattern();

    [GeneratedRegex("[0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex GroupPattern();

    /// <summary>A sum of money: the run is followed by đồng, đ, VNĐ or VND.</summary>
    [GeneratedRegex(@"^\s*(?:đồng|đ|vnđ|vnd)(?![\p{L}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MoneyAfterPattern();
}
