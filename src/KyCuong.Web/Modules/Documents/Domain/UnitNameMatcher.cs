using System.Globalization;
using System.Text;

namespace KyCuong.Web.Modules.Documents.Domain;

/// <summary>
/// Matches a unit named in a document ("Sở Nội vụ", "UBND tỉnh Kiên Giang", "Văn phòng Ủy ban nhân dân tỉnh") to the
/// organisation directory: accent-insensitive (diacritics stripped, đ → d), generic words dropped ("ủy ban nhân dân",
/// "sở", "tỉnh", "các"…), then token coverage with a one-edit tolerance for OCR slips. Units in force and units under the
/// document's issuer score a little higher. Sure only when the best clearly beats the next; otherwise the user chooses.
/// </summary>
internal static class UnitNameMatcher
{
    public const double SureScore = 0.75;
    public const double SureMargin = 0.1;

    // Titles and generic words that say what kind of body, not which one (NĐ 30/2020 Phụ lục I: issuer names).
    private static readonly string[] GenericPhrases =
    [
        "uy ban nhan dan", "ubnd", "thu truong", "giam doc", "chu tich", "hieu truong", "truong", "lanh dao", "cac", "cua", "thuoc", "truc thuoc",
        "so", "tinh", "thanh pho", "tp", "huyen", "thi xa", "thi tran", "xa", "phuong", "dac khu", "co quan", "don vi", "ban", "nganh", "va",
    ];

    private static readonly string[] GenericTokens = BuildGenericTokens();

    private static string[] BuildGenericTokens() =>
        GenericPhrases.Where(p => !p.Contains(' ', StringComparison.Ordinal)).ToArray();

    /// <summary>Lower-case, diacritics stripped but đ → d, punctuation to spaces, spaces collapsed.</summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var space = true;
        foreach (var ch in decomposed)
        {
            var c = ch is 'đ' or 'Đ' ? 'd' : ch;
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space)
            {
                sb.Append(' ');
                space = true;
            }
        }

        return sb.ToString().TrimEnd();
    }

    /// <summary>The distinguishing tokens of a unit name: folded, with generic words dropped.</summary>
    public static IReadOnlyList<string> KeyTokens(string? name)
    {
        var folded = " " + Fold(name) + " ";
        foreach (var phrase in GenericPhrases.Where(p => p.Contains(' ', StringComparison.Ordinal)))
        {
            folded = folded.Replace(" " + phrase + " ", " ", StringComparison.Ordinal);
        }

        return folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => !GenericTokens.Contains(t)).ToList();
    }

    /// <summary>Ranks <paramref name="units"/> for <paramref name="name"/>; <paramref name="preferred"/> (e.g. the issuer's subtree) breaks ties.</summary>
    public static UnitMatch Match(string name, IReadOnlyCollection<UnitCandidate> units, IReadOnlySet<Guid>? preferred = null, int take = 5)
    {
        var query = KeyTokens(name);
        var foldedName = Fold(name);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        var scored = new List<(ScoredUnit Unit, double Raw)>();
        foreach (var u in units)
        {
            // A unit's own words are those its parent's name does not already carry ("An Giang" in "Sở Nội vụ tỉnh An Giang").
            var parentTokens = u.ParentId is { } p && names.TryGetValue(p, out var parentName) ? KeyTokens(parentName) : [];
            var score = Score(query, foldedName, u, parentTokens);
            if (score <= 0)
            {
                continue;
            }

            if (u.InForce)
            {
                score += 0.05;
            }

            if (preferred is not null && preferred.Contains(u.Id))
            {
                score += 0.1;
            }

            scored.Add((new ScoredUnit(u.Id, u.Name, Math.Round(Math.Min(score, 1.0), 3)), score));
        }

        // Rank on the raw score (bonuses may pass 1) so the issuer's own unit clearly beats a namesake elsewhere.
        var ordered = scored.OrderByDescending(s => s.Raw).ThenBy(s => s.Unit.Name.Length).ThenBy(s => s.Unit.Name, StringComparer.Ordinal).Take(take).ToList();
        var sure = ordered.Count > 0 && ordered[0].Raw >= SureScore && (ordered.Count == 1 || ordered[0].Raw - ordered[1].Raw >= SureMargin);
        var ranked = ordered.Select(s => s.Unit).ToList();
        return new UnitMatch(name, ranked, sure);
    }

    private static double Score(IReadOnlyList<string> query, string foldedName, UnitCandidate unit, IReadOnlyList<string> parentTokens)
    {
        if (Fold(unit.Name) == foldedName && foldedName.Length > 0)
        {
            return 1.0;
        }

        var target = KeyTokens(unit.Name);
        if (query.Count == 0 || target.Count == 0)
        {
            // Only generic words ("các sở, ban, ngành"): no specific unit is named.
            return 0;
        }

        var covered = query.Count(q => target.Any(t => Similar(q, t)));
        if (covered == 0)
        {
            return 0;
        }

        var own = target.Where(t => !parentTokens.Contains(t)).ToList();
        if (own.Count == 0)
        {
            own = target.ToList();
        }

        var back = own.Count(t => query.Any(q => Similar(q, t)));
        return (0.7 * covered / query.Count) + (0.25 * back / own.Count);
    }

    /// <summary>Equal, or one edit apart for words of four letters or more (OCR slips: "Nộj vụ").</summary>
    public static bool Similar(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (a.Length < 4 || b.Length < 4 || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        return EditDistance(a, b) <= 1;
    }

    public static int EditDistance(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
