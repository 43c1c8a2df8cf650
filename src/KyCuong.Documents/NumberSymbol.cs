using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using KyCuong.Documents.Text;

namespace KyCuong.Documents;

/// <summary>
/// A document's number and symbol ("số, ký hiệu"), parsed and normalised (NĐ 30/2020 Phụ lục I).
/// </summary>
public sealed record NumberSymbol
{
    private const int MaxPartLength = 20;
    private const int MaxParts = 6;

    private NumberSymbol(NumberSymbolKind kind, string number, int? year, string? typeAbbreviation, string issuer, string? unit)
    {
        Kind = kind;
        Number = number;
        Year = year;
        TypeAbbreviation = typeAbbreviation;
        Issuer = issuer;
        Unit = unit;
    }

    /// <summary>Which of the four shapes this is.</summary>
    public NumberSymbolKind Kind { get; }

    /// <summary>The number as written (leading zeros kept: NĐ 30/2020 pads numbers under 10).</summary>
    public string Number { get; }

    /// <summary>The year of a legal normative document (<c>13/2021/QĐ-UBND</c> → 2021).</summary>
    public int? Year { get; }

    /// <summary>The canonical type abbreviation (<c>CĐ</c>, <c>QĐ</c>, <c>TB</c>), null for công văn and laws.</summary>
    public string? TypeAbbreviation { get; }

    /// <summary>The issuer's abbreviation (<c>TTg</c>, <c>UBND</c>, <c>TU</c>).</summary>
    public string Issuer { get; }

    /// <summary>The drafting unit's abbreviation in a công văn (<c>NC</c> in <c>919/UBND-NC</c>), or null.</summary>
    public string? Unit { get; }

    /// <summary>The full Vietnamese type name (<c>Công điện</c>; <c>Công văn</c> for official letters; <c>Luật</c> for <c>n/yyyy/QHxx</c>).</summary>
    public string? TypeName => TypeAbbreviation is not null
        ? DocumentTypes.GetName(TypeAbbreviation)
        : Kind == NumberSymbolKind.OfficialLetter
            ? DocumentTypes.OfficialLetter
            : Kind == NumberSymbolKind.LegalNormative && Issuer.StartsWith("QH", StringComparison.Ordinal)
                ? "Luật"
                : null;

    /// <summary>Everything after the number and its separator (<c>UBND-NC</c>, <c>CĐ-TTg</c>, <c>2021/QĐ-UBND</c>, <c>TB/TU</c>).</summary>
    public string Symbol => Format()[(Number.Length + 1)..];

    /// <summary>Parses or throws <see cref="FormatException"/> with a Vietnamese message.</summary>
    public static NumberSymbol Parse(string text)
    {
        return TryParse(text, out var value)
            ? value
            : throw new FormatException($"Số, ký hiệu không hợp lệ: \"{text}\" (invalid document number/symbol).");
    }

    /// <summary>
    /// Parses a number and symbol in any of the four shapes, repairing stray spaces, dash variants and
    /// underscores, a leading "Số:", decomposed Unicode and the OCR slips CD/QD/ND for CĐ/QĐ/NĐ.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out NumberSymbol? value)
    {
        value = TryParseCore(text, allowMissingNumber: false);
        return value is not null;
    }

    /// <summary>The canonical form (<c>280/CĐ-TTg</c>).</summary>
    public string Format()
    {
        var sb = new StringBuilder(32);
        sb.Append(Number);
        switch (Kind)
        {
            case NumberSymbolKind.Party:
                sb.Append('-').Append(TypeAbbreviation).Append('/').Append(Issuer);
                break;
            case NumberSymbolKind.LegalNormative:
                sb.Append('/').Append(Year?.ToString(CultureInfo.InvariantCulture)).Append('/');
                if (TypeAbbreviation is not null)
                {
                    sb.Append(TypeAbbreviation).Append('-');
                }

                sb.Append(Issuer);
                break;
            case NumberSymbolKind.Typed:
                sb.Append('/').Append(TypeAbbreviation).Append('-').Append(Issuer);
                break;
            default:
                sb.Append('/').Append(Issuer);
                break;
        }

        if (Unit is not null)
        {
            sb.Append('-').Append(Unit);
        }

        return sb.ToString();
    }

    /// <inheritdoc />
    public override string ToString() => Format();

    /// <summary>
    /// Parses; with <paramref name="allowMissingNumber"/> a blank number ("Số: /UBND-NV", an unnumbered
    /// draft) yields a value whose <see cref="Number"/> is empty.
    /// </summary>
    internal static NumberSymbol? TryParseCore(string? text, bool allowMissingNumber)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 120)
        {
            return null;
        }

        var s = Compact(text);
        if (s.Length == 0)
        {
            return null;
        }

        // Number: leading digits; a blank number leaves the separator first.
        var i = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            i++;
        }

        // "30c/NQ-CP": one small letter after the digits numbers a document of a series; it belongs to the number.
        if (i > 0 && i + 1 < s.Length && char.IsAsciiLetterLower(s[i]) && s[i + 1] == '/')
        {
            i++;
        }

        if (i > 7 || (i == 0 && !allowMissingNumber))
        {
            return null;
        }

        var number = s[..i];
        if (i >= s.Length)
        {
            return null;
        }

        var separator = s[i];
        var rest = s[(i + 1)..];
        if (separator == '-' && number.Length > 0)
        {
            return ParseParty(number, rest);
        }

        if (separator != '/')
        {
            return null;
        }

        rest = SlashesAsHyphens(rest);

        // Legal normative: n/yyyy/…
        if (rest.Length > 5 && char.IsAsciiDigit(rest[0]) && rest[4] == '/' && rest.AsSpan(0, 4).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            var year = int.Parse(rest.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            if (year < 1945 || year > 2200)
            {
                return null;
            }

            var parts = SplitParts(RestoreDroppedHyphen(rest[5..]));
            if (parts is null)
            {
                return null;
            }

            var type = parts.Length > 1 ? DocumentTypes.NormalizeAbbreviation(parts[0]) : null;
            var issuerParts = type is null ? parts : parts[1..];
            return new NumberSymbol(NumberSymbolKind.LegalNormative, number, year, type, NormalizeIssuer(string.Join('-', issuerParts)), null);
        }

        var symbolParts = SplitParts(RestoreDroppedHyphen(rest));
        if (symbolParts is null)
        {
            return null;
        }

        var typeAbbreviation = symbolParts.Length > 1 ? DocumentTypes.NormalizeAbbreviation(symbolParts[0]) : null;
        if (typeAbbreviation is not null && typeAbbreviation != "CV")
        {
            var unit = symbolParts.Length > 2 ? string.Join('-', symbolParts[2..]) : null;
            return new NumberSymbol(NumberSymbolKind.Typed, number, null, typeAbbreviation, NormalizeIssuer(symbolParts[1]), unit);
        }

        var issuer = NormalizeIssuer(symbolParts[0]);
        var letterUnit = symbolParts.Length > 1 ? string.Join('-', symbolParts[1..]) : null;
        return new NumberSymbol(NumberSymbolKind.OfficialLetter, number, null, null, issuer, letterUnit);
    }

    // "49/2007/TTLT/BTC-BGĐT", "123/TTr/STC-SGD&ĐT", "2325/BKH/VPTĐ": after the number (and the year), a slash between two
    // of the symbol's letter parts stands for the hyphen NĐ 30/2020 Phụ lục I prints there, and is read as it, as a dot
    // is (docs/domain.md §5: the register and the national database hold the hyphen form, which is what a clerk types
    // to find the document; the form as written is kept beside it). The slash after a year stays (a digit before it).
    internal static string SlashesAsHyphens(string rest)
    {
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return rest;
        }

        var chars = rest.ToCharArray();
        for (var k = slash; k < chars.Length; k++)
        {
            if (chars[k] == '/' && k > 0 && char.IsLetter(chars[k - 1]) && k + 1 < chars.Length && char.IsUpper(chars[k + 1]))
            {
                chars[k] = '-';
            }
        }

        return new string(chars);
    }

    private static NumberSymbol? ParseParty(string number, string rest)
    {
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return null;
        }

        var type = DocumentTypes.NormalizeAbbreviation(rest[..slash]);
        var parts = SplitParts(rest[(slash + 1)..]);
        if (type is null || parts is null)
        {
            return null;
        }

        var unit = parts.Length > 1 ? string.Join('-', parts[1..]) : null;
        return new NumberSymbol(NumberSymbolKind.Party, number, null, type, parts[0], unit);
    }

    // Types that open a symbol and issuers that follow them; text extracted from PDF often drops the hyphen between
    // them ("1961/QĐUBND", "61/2018/NĐCP"). The symbol is "type-issuer" (NĐ 30/2020 Phụ lục I, mục II.3), so the
    // hyphen is put back only when both halves are unmistakable; the form as written is kept beside it.
    private static readonly string[] JoinedTypes = ["TTr", "QĐ", "NĐ", "NQ", "TT", "CT", "KH", "TB", "CĐ", "HD"];
    private static readonly string[] JoinedIssuers = ["UBND", "HĐND", "UBMTTQ", "VPCP", "TTg", "CP", "TW"];

    private static string RestoreDroppedHyphen(string symbol)
    {
        if (symbol.Contains('-', StringComparison.Ordinal) || symbol.Length < 4)
        {
            return symbol;
        }

        foreach (var type in JoinedTypes)
        {
            if (!symbol.StartsWith(type, StringComparison.Ordinal))
            {
                continue;
            }

            var issuer = symbol[type.Length..];
            var known = JoinedIssuers.Contains(issuer, StringComparer.Ordinal)
                || (issuer.Length >= 3 && issuer[0] == 'B' && issuer.All(c => char.IsUpper(c) || c == 'Đ'));
            return known ? type + "-" + issuer : symbol;
        }

        return symbol;
    }

    private static string[]? SplitParts(string symbol)
    {
        if (symbol.Length == 0)
        {
            return null;
        }

        var parts = symbol.Split('-');
        if (parts.Length > MaxParts)
        {
            return null;
        }

        foreach (var part in parts)
        {
            if (part.Length == 0 || part.Length > MaxPartLength || !char.IsLetter(part[0]))
            {
                return null;
            }

            for (var k = 0; k < part.Length; k++)
            {
                // "VP.UBND", "V.I": a dot between letters inside a unit's abbreviation (Compact keeps only these).
                var c = part[k];
                if (!char.IsLetterOrDigit(c) && c != '&' && !(c == '.' && k > 0 && k + 1 < part.Length && char.IsLetter(part[k - 1]) && char.IsLetter(part[k + 1])))
                {
                    return null;
                }
            }
        }

        return parts;
    }

    // Issuers are written as the body abbreviates itself; only unambiguous slips are repaired.
    private static string NormalizeIssuer(string issuer) => issuer switch
    {
        "TTG" or "Ttg" or "ttg" => "TTg",
        "HDND" => "HĐND",
        "BGDDT" => "BGDĐT",
        "BKHDT" => "BKHĐT",
        "BLDTBXH" => "BLĐTBXH",
        _ => issuer,
    };

    // Removes spaces around separators, unifies dashes and slashes, drops a leading "Số:" and trailing punctuation.
    private static string Compact(string text)
    {
        var t = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        t = t.Trim().TrimEnd('.', ',', ';', ':', ')', '(');
        var folded = VietnameseText.FoldString(t);
        if (folded.StartsWith("so", StringComparison.Ordinal) && t.Length > 2 && !char.IsLetter(t[2]))
        {
            t = t[2..].TrimStart(' ', ':', '.');
        }

        var sb = new StringBuilder(t.Length);
        for (var k = 0; k < t.Length; k++)
        {
            var c = t[k];

            // "12/CĐ.UBND": a dot between letters separates the symbol's parts as a hyphen does. After the hyphen that
            // already parts the type from the issuer it belongs to the issuing unit's own abbreviation ("26/TB-VP.UBND",
            // the office of the committee; "8601/VPCP-V.I", Vụ I) and stays.
            if (c == '.' && k > 0 && k + 1 < t.Length && char.IsLetter(t[k - 1]) && char.IsLetter(t[k + 1]) && t[..k].Contains('/', StringComparison.Ordinal)
                && !HyphenSinceSlash(sb))
            {
                sb.Append('-');
                continue;
            }

            switch (c)
            {
                // A symbol a page wrapped after its hyphen ("473/TTr -\nNN&PTNT") is one symbol.
                case ' ' or '\t' or '\u00A0' or '*' or '\n' or '\r':
                    continue;
                case '–' or '—' or '‑' or '−' or '_' or '‐' or '‒':
                    sb.Append('-');
                    break;
                case '／' or '\\':
                    sb.Append('/');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }

    private static bool HyphenSinceSlash(StringBuilder sb)
    {
        for (var i = sb.Length - 1; i >= 0 && sb[i] != '/'; i--)
        {
            if (sb[i] == '-')
            {
                return true;
            }
        }

        return false;
    }
}
