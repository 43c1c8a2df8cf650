using System.Globalization;
using System.Text;

namespace KyCuong.Web.Modules.Consultations.Domain;

/// <summary>
/// docs/domain.md §8 (968 §1.d): the consulted body answers "with a clear position"; an agreement with no substance (too short, or
/// only stock phrases such as "nhất trí", "không có ý kiến") is a generic answer and is flagged. Phrases compare without
/// accents, case or punctuation, so "Nhất trí." and "nhat tri" are the same.
/// </summary>
internal static class GenericAnswerPolicy
{
    public const string TooShort = "Ý kiến quá ngắn";
    public const string BoilerplateOnly = "Chỉ gồm câu chữ chung chung";

    /// <summary>The reason an answer is generic, or null when it is not (only <c>agree</c> is judged).</summary>
    public static string? Judge(string stance, string? reasoning, int minLength, IReadOnlyList<string> phrases)
    {
        if (stance != Stances.Agree)
        {
            return null;
        }

        var trimmed = (reasoning ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return TooShort;
        }

        if (IsBoilerplateOnly(trimmed, phrases))
        {
            return BoilerplateOnly;
        }

        return trimmed.Length < minLength ? TooShort : null;
    }

    public static bool IsBoilerplateOnly(string text, IReadOnlyList<string> phrases)
    {
        var rest = " " + Fold(text) + " ";
        if (rest.Trim().Length == 0)
        {
            return true;
        }

        // Longest phrases first, so "nhat tri voi du thao" goes before "nhat tri".
        foreach (var phrase in phrases.Select(Fold).Where(p => p.Length > 0).Distinct().OrderByDescending(p => p.Length))
        {
            var token = " " + phrase + " ";
            while (rest.Contains(token, StringComparison.Ordinal))
            {
                rest = rest.Replace(token, " ", StringComparison.Ordinal);
            }
        }

        return rest.Trim().Length == 0;
    }

    /// <summary>Lower case, no accents (đ → d), letters and digits only, single spaces.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = ch switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(ch),
            };
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().Trim();
    }
}
