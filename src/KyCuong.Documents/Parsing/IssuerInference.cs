using KyCuong.Documents.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>
/// The issuer when the header lacks it: the symbol names the body ("UBND", "SCT"), the place line names
/// the locality (NĐ 30/2020 Phụ lục I: the place is the locality where the body sits), the text names
/// the level ("Ủy ban nhân dân huyện …").
/// </summary>
internal static class IssuerInference
{
    private static readonly (string Folded, string Word)[] Levels =
    [
        ("tinh", "tỉnh"), ("huyen", "huyện"), ("quan", "quận"), ("thi xa", "thị xã"), ("thanh pho", "thành phố"),
        ("thi tran", "thị trấn"), ("phuong", "phường"), ("xa", "xã"),
    ];

    public static string? Infer(NumberSymbol? symbol, string? place, string? signingForm, ReadOnlySpan<char> folded)
    {
        var body = symbol is null ? null : Gazetteer.IssuerOf(symbol.Issuer);
        if (body is null && signingForm is not null)
        {
            var f = VietnameseText.FoldString(signingForm);
            if (f.Contains("uy ban nhan dan", StringComparison.Ordinal))
            {
                body = ("Ủy ban nhân dân", true);
            }
        }

        if (body is not { } b)
        {
            return null;
        }

        // A local body ("UBND") names no issuer without its locality: "Ủy ban nhân dân" alone is every committee. A portal
        // that reproduces a provincial committee's reply without its header (no place line; "UBND tỉnh có ý kiến như
        // sau:", the province named on the page) names it by the one province the page names, when the text speaks of
        // the committee at the provincial level (docs/domain.md §5, twenty-sixth pass: the symbol gives the body, the
        // page its province, as the place of issue would).
        if (b.Local && place is null)
        {
            return MostFrequentLevel(folded, VietnameseText.FoldString(b.Name)) == "tỉnh" && Gazetteer.SoleProvinceIn(folded) is { City: false } sole
                ? $"{b.Name} tỉnh {sole.Name}"
                : null;
        }

        if (!b.Local || place is null)
        {
            return b.Name;
        }

        var province = Gazetteer.FindProvince(place);
        if (province is { } pr)
        {
            return $"{b.Name} {(pr.City ? "thành phố" : "tỉnh")} {pr.Name}";
        }

        var level = MostFrequentLevel(folded, VietnameseText.FoldString(b.Name));
        return level is null ? b.Name : $"{b.Name} {level} {place}";
    }

    /// <summary>
    /// A people's committee or council read bare from the header ("ỦY BAN NHÂN DÂN" whose locality line a web table lost)
    /// whose place of issue is no province (a provincial city, "Đồng Hới"): completed by the one province the text names,
    /// when the text speaks of the body at the provincial level, as <see cref="Infer"/> does for a symbol (docs/domain.md §5,
    /// twenty-sixth pass). Other issuers are returned as they are.
    /// </summary>
    public static string? CompleteBare(string? issuer, ReadOnlySpan<char> folded)
    {
        if (issuer is not ("Ủy ban nhân dân" or "Hội đồng nhân dân"))
        {
            return issuer;
        }

        return MostFrequentLevel(folded, VietnameseText.FoldString(issuer)) == "tỉnh" && Gazetteer.SoleProvinceIn(folded) is { City: false } sole
            ? $"{issuer} tỉnh {sole.Name}"
            : issuer;
    }

    // "ubnd huyen", "uy ban nhan dan huyen" not preceded by "cac": the level the text speaks of itself.
    private static string? MostFrequentLevel(ReadOnlySpan<char> folded, string bodyFolded)
    {
        var counts = new int[Levels.Length];
        foreach (var name in (string[])[bodyFolded + " ", "ubnd ", "hdnd "])
        {
            var span = folded;
            var offset = 0;
            while (true)
            {
                var at = span[offset..].IndexOf(name, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                var after = offset + at + name.Length;
                for (var i = 0; i < Levels.Length; i++)
                {
                    var level = Levels[i].Folded;
                    if (after + level.Length <= span.Length && span.Slice(after, level.Length).SequenceEqual(level)
                        && (after + level.Length == span.Length || !char.IsLetter(span[after + level.Length])))
                    {
                        counts[i]++;
                        break;
                    }
                }

                offset = after;
            }
        }

        var best = -1;
        for (var i = 0; i < counts.Length; i++)
        {
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]))
            {
                best = i;
            }
        }

        return best < 0 ? null : Levels[best].Word;
    }
}
