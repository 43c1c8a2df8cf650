using System.Collections.Frozen;
using KyCuong.Documents.Text;

namespace KyCuong.Documents;

/// <summary>
/// Document type names and their abbreviations (NĐ 30/2020 Phụ lục III; laws and decrees per Luật
/// Ban hành văn bản quy phạm pháp luật; Party types per Quy định 66-QĐ/TW).
/// </summary>
public static class DocumentTypes
{
    /// <summary>The name of an official letter, which carries no type abbreviation (NĐ 30/2020 Phụ lục I).</summary>
    public const string OfficialLetter = "Công văn";

    private static readonly (string Abbreviation, string Name)[] Pairs =
    [
        ("NQ", "Nghị quyết"),
        ("QĐ", "Quyết định"),
        ("CT", "Chỉ thị"),
        ("QC", "Quy chế"),
        ("QyĐ", "Quy định"),
        ("QĐi", "Quy định"),
        ("TC", "Thông cáo"),
        ("TB", "Thông báo"),
        ("HD", "Hướng dẫn"),
        ("CTr", "Chương trình"),
        ("KH", "Kế hoạch"),
        ("PA", "Phương án"),
        ("ĐA", "Đề án"),
        ("DA", "Dự án"),
        ("BC", "Báo cáo"),
        ("BB", "Biên bản"),
        ("TTr", "Tờ trình"),
        ("HĐ", "Hợp đồng"),
        ("CĐ", "Công điện"),
        ("GN", "Bản ghi nhớ"),
        ("TTh", "Bản thỏa thuận"),
        ("GUQ", "Giấy ủy quyền"),
        ("GM", "Giấy mời"),
        ("GGT", "Giấy giới thiệu"),
        ("GNP", "Giấy nghỉ phép"),
        ("PG", "Phiếu gửi"),
        ("PC", "Phiếu chuyển"),
        ("PB", "Phiếu báo"),
        ("SY", "Bản sao y"),
        ("TrS", "Bản trích sao"),
        ("SL", "Bản sao lục"),
        ("NĐ", "Nghị định"),
        ("TT", "Thông tư"),
        ("TTLT", "Thông tư liên tịch"),
        ("NQLT", "Nghị quyết liên tịch"),
        ("L", "Luật"),
        ("PL", "Pháp lệnh"),
        ("VBHN", "Văn bản hợp nhất"),
        ("KL", "Kết luận"),
        ("CV", "Công văn"),
    ];

    // Names that appear in text without an abbreviation of their own (NĐ 30/2020 Phụ lục III: công văn, thư công).
    private static readonly string[] NamesWithoutAbbreviation =
    [
        "Công văn", "Thư công", "Hiến pháp", "Bộ luật", "Lệnh",
    ];

    private static readonly FrozenDictionary<string, string> ByAbbreviation =
        Pairs.ToFrozenDictionary(p => p.Abbreviation, p => p.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ByUpperAbbreviation = Pairs
        .GroupBy(p => p.Abbreviation.ToUpperInvariant(), StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First().Abbreviation, StringComparer.Ordinal);

    // OCR and keyboard slips lose the stroke of Đ; only abbreviations whose Đ-less spelling is not itself
    // a valid abbreviation can be repaired (HD stays Hướng dẫn, DA stays Dự án).
    private static readonly FrozenDictionary<string, string> ByFoldedAbbreviation = Pairs
        .GroupBy(p => VietnameseText.FoldString(p.Abbreviation).ToUpperInvariant(), StringComparer.Ordinal)
        .Where(g => g.Select(p => p.Abbreviation).Distinct(StringComparer.Ordinal).Count() == 1)
        .ToFrozenDictionary(g => g.Key, g => g.First().Abbreviation, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ByFoldedName = Pairs
        .Select(p => p.Name)
        .Concat(NamesWithoutAbbreviation)
        .Distinct(StringComparer.Ordinal)
        .ToFrozenDictionary(n => VietnameseText.FoldString(n), n => n, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> AbbreviationByName = Pairs
        .Where(p => p.Abbreviation is not "QĐi" and not "CV")
        .ToFrozenDictionary(p => p.Name, p => p.Abbreviation, StringComparer.Ordinal);

    /// <summary>Every known abbreviation with its full Vietnamese name.</summary>
    public static IReadOnlyDictionary<string, string> All => ByAbbreviation;

    /// <summary>Every type name this library recognises in text (folded spellings map here).</summary>
    public static IEnumerable<string> Names => ByFoldedName.Values;

    /// <summary>
    /// The canonical spelling of an abbreviation (<c>qđ</c>, <c>QD</c> → <c>QĐ</c>), or null when it is not a
    /// type abbreviation.
    /// </summary>
    public static string? NormalizeAbbreviation(string? abbreviation)
    {
        if (string.IsNullOrWhiteSpace(abbreviation))
        {
            return null;
        }

        var trimmed = abbreviation.Trim();
        if (ByAbbreviation.ContainsKey(trimmed))
        {
            return trimmed;
        }

        var upper = trimmed.ToUpperInvariant();
        if (ByUpperAbbreviation.TryGetValue(upper, out var canonical))
        {
            return canonical;
        }

        return ByFoldedAbbreviation.TryGetValue(VietnameseText.FoldString(trimmed).ToUpperInvariant(), out canonical)
            ? canonical
            : null;
    }

    /// <summary>The full name for an abbreviation (<c>CĐ</c> → <c>Công điện</c>), or null.</summary>
    public static string? GetName(string? abbreviation)
    {
        var canonical = NormalizeAbbreviation(abbreviation);
        return canonical is null ? null : ByAbbreviation[canonical];
    }

    /// <summary>The abbreviation for a full name (<c>Quyết định</c> → <c>QĐ</c>); null for công văn and unknown names.</summary>
    public static string? GetAbbreviation(string? name)
    {
        var recognised = RecognizeName(name);
        return recognised is not null && AbbreviationByName.TryGetValue(recognised, out var abbreviation)
            ? abbreviation
            : null;
    }

    /// <summary>
    /// The canonical type name when <paramref name="text"/> is exactly a type name in any case or accent
    /// placement ("CÔNG ĐIỆN", "công văn", "Thông báo"), else null.
    /// </summary>
    public static string? RecognizeName(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = VietnameseText.FoldString(VietnameseText.CollapseSpaces(text.Trim().Trim('.', ':', ',', ';', '*')));
        return ByFoldedName.TryGetValue(folded, out var name) ? name : null;
    }

    /// <summary>
    /// The type name that ends at <paramref name="end"/> in a folded text (used to read "Quyết định số …"),
    /// or null; <paramref name="start"/> receives where it begins.
    /// </summary>
    internal static string? NameEndingAt(string folded, int end, out int start)
    {
        start = end;
        // Longest names have four words; try the longest candidate first.
        for (var words = 4; words >= 1; words--)
        {
            var s = end;
            var ok = true;
            for (var w = 0; w < words; w++)
            {
                while (s > 0 && folded[s - 1] == ' ')
                {
                    s--;
                }

                var wordEnd = s;
                while (s > 0 && char.IsLetter(folded[s - 1]))
                {
                    s--;
                }

                if (s == wordEnd)
                {
                    ok = false;
                    break;
                }
            }

            if (!ok)
            {
                continue;
            }

            var candidate = VietnameseText.CollapseSpaces(folded[s..end].Trim());
            if (ByFoldedName.TryGetValue(candidate, out var name))
            {
                start = s;
                return name;
            }
        }

        return null;
    }
}
