using System.Globalization;
using System.Text;

namespace KyCuong.Web.Modules.Citizens.Domain;

/// <summary>
/// Hints that an item repeats an earlier one (Nghị định 20/2008/NĐ-CP: an item already answered is not handled again): the
/// same subject once accents, case and spacing are set aside, or contents whose word sets overlap at least
/// <c>Citizens:DuplicateSimilarity</c> (Jaccard index over words of three letters or more). Only a hint: the officer decides.
/// </summary>
internal static class DuplicateHints
{
    public sealed record Candidate(Guid Id, string Subject, string Content);

    public sealed record Hint(Guid Id, double Similarity, bool SameSubject);

    public static IReadOnlyList<Hint> Find(string subject, string content, IEnumerable<Candidate> earlier, double threshold)
    {
        var key = Fold(subject);
        var words = Words(content);
        var hints = new List<Hint>();
        foreach (var c in earlier)
        {
            var sameSubject = key.Length > 0 && Fold(c.Subject) == key;
            var similarity = Jaccard(words, Words(c.Content));
            if (sameSubject || similarity >= threshold)
            {
                hints.Add(new Hint(c.Id, Math.Round(similarity, 2), sameSubject));
            }
        }

        return [.. hints.OrderByDescending(h => h.SameSubject).ThenByDescending(h => h.Similarity)];
    }

    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    public static IReadOnlySet<string> Words(string text) =>
        Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 3).ToHashSet(StringComparer.Ordinal);

    /// <summary>Lower case without diacritics (đ → d) and with one space between words.</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text.Normalize(NormalizationForm.FormD))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var c = char.ToLowerInvariant(ch) switch { 'đ' => 'd', var x => x };
            sb.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
