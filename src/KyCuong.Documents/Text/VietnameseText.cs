using System.Globalization;
using System.Text;

namespace KyCuong.Documents.Text;

/// <summary>
/// Character-level helpers for Vietnamese text: folding (lower case, no tone or vowel marks, đ → d) that
/// keeps every offset, and casing of names.
/// </summary>
internal static class VietnameseText
{
    private static readonly char[] FoldTable = BuildFoldTable();

    private static char[] BuildFoldTable()
    {
        var table = new char[0x2000];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (i < 0x80)
            {
                table[i] = char.ToLowerInvariant(c);
                continue;
            }

            if (c is 'đ' or 'Đ')
            {
                table[i] = 'd';
                continue;
            }

            if (char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.OtherNotAssigned)
            {
                table[i] = c;
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            table[i] = decomposed.Length > 0 && decomposed[0] < 0x80 ? char.ToLowerInvariant(decomposed[0]) : char.ToLowerInvariant(c);
        }

        return table;
    }

    /// <summary>Folds one character; the result has the same length as the input.</summary>
    public static char Fold(char c) => c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);

    /// <summary>Folds a whole string, keeping its length so offsets line up with the original.</summary>
    public static string FoldString(string text)
    {
        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = Fold(source[i]);
            }
        });
    }

    /// <summary>Collapses runs of whitespace to one space and removes spaces before , ; : . ) .</summary>
    public static string CollapseSpaces(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (pendingSpace && c is not (',' or ';' or ':' or ')' or '.' or '!' or '?') && sb[^1] != '(')
            {
                sb.Append(' ');
            }

            pendingSpace = false;
            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>True when at least 80% of the letters are upper case and there are at least two.</summary>
    public static bool IsMostlyUpper(ReadOnlySpan<char> text)
    {
        int letters = 0, upper = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
        }

        return letters >= 2 && upper * 5 >= letters * 4;
    }

    /// <summary>Upper-cases the first letter of each word ("KIÊN GIANG" → "Kiên Giang").</summary>
    public static string TitleCase(string text)
    {
        var sb = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                sb.Append(startOfWord ? char.ToUpper(c, Vi) : char.ToLower(c, Vi));
                startOfWord = false;
            }
            else
            {
                sb.Append(c);
                startOfWord = c is ' ' or '-' or '(' or '.';
            }
        }

        return sb.ToString();
    }

    /// <summary>Upper-cases the first letter only ("tiếp tục chấn chỉnh" → "Tiếp tục chấn chỉnh").</summary>
    public static string CapitalizeFirst(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]))
            {
                return string.Concat(text.AsSpan(0, i), char.ToUpper(text[i], Vi).ToString(), text.AsSpan(i + 1));
            }
        }

        return text;
    }

    /// <summary>Vietnamese culture for casing.</summary>
    public static CultureInfo Vi { get; } = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Number of words (runs of letters or digits) in a span.</summary>
    public static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWord = char.IsLetterOrDigit(c);
            if (isWord && !inWord)
            {
                count++;
            }

            inWord = isWord;
        }

        return count;
    }

    /// <summary>Trims spaces and the punctuation that ends list items and headings.</summary>
    public static string TrimItem(string text) => text.Trim().TrimEnd(';', ',', '.', ':', ' ', '/').Trim();
}
