using System.Collections.Frozen;
using KyCuong.Documents.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>Names the extractor needs to know: provinces, issuer abbreviations, department names.</summary>
internal static class Gazetteer
{
    // The provincial-level units (63 before the 2025 merger; the 34 after it keep names from this list).
    private static readonly string[] Provinces =
    [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
        "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên",
        "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang",
        "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai",
        "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
        "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh",
        "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang",
        "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ];

    // Centrally governed cities are "thành phố", not "tỉnh" (Hiến pháp 2013 art. 110).
    private static readonly string[] Cities = ["Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế"];

    private static readonly FrozenDictionary<string, (string Name, bool City)> ProvinceByFolded = Provinces
        .Select(p => (Name: p, City: false))
        .Concat(Cities.Select(c => (Name: c, City: true)))
        .ToFrozenDictionary(p => VietnameseText.FoldString(p.Name), p => p, StringComparer.Ordinal);

    /// <summary>Provincial departments and ministries by field, canonical casing (NĐ 24/2014, NĐ 107/2020, NĐ 45/2025).</summary>
    public static readonly string[] Fields =
    [
        "Nội vụ", "Tài chính", "Kế hoạch và Đầu tư", "Tư pháp", "Công Thương", "Xây dựng", "Giao thông vận tải",
        "Tài nguyên và Môi trường", "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường",
        "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch", "Văn hóa và Thể thao",
        "Văn hóa - Thể thao và Du lịch", "Y tế", "Giáo dục và Đào tạo", "Khoa học và Công nghệ",
        "Thông tin và Truyền thông", "Ngoại vụ", "Dân tộc và Tôn giáo", "Du lịch", "Quốc phòng", "Công an", "Ngoại giao",
    ];

    private static readonly FrozenDictionary<string, string> FieldByFolded =
        Fields.ToFrozenDictionary(f => VietnameseText.FoldString(f), f => f, StringComparer.Ordinal);

    /// <summary>Issuer abbreviations in symbols → (name, needs a locality after it).</summary>
    private static readonly FrozenDictionary<string, (string Name, bool Local)> IssuerByAbbreviation = new Dictionary<string, (string, bool)>(StringComparer.Ordinal)
    {
        ["UBND"] = ("Ủy ban nhân dân", true),
        ["HĐND"] = ("Hội đồng nhân dân", true),
        ["TTg"] = ("Thủ tướng Chính phủ", false),
        ["CP"] = ("Chính phủ", false),
        ["VPCP"] = ("Văn phòng Chính phủ", false),
        ["CTN"] = ("Chủ tịch nước", false),
        ["BNV"] = ("Bộ Nội vụ", false),
        ["BTC"] = ("Bộ Tài chính", false),
        ["BKHĐT"] = ("Bộ Kế hoạch và Đầu tư", false),
        ["BTP"] = ("Bộ Tư pháp", false),
        ["BCT"] = ("Bộ Công Thương", false),
        ["BXD"] = ("Bộ Xây dựng", false),
        ["BGTVT"] = ("Bộ Giao thông vận tải", false),
        ["BTNMT"] = ("Bộ Tài nguyên và Môi trường", false),
        ["BNNPTNT"] = ("Bộ Nông nghiệp và Phát triển nông thôn", false),
        ["BNNMT"] = ("Bộ Nông nghiệp và Môi trường", false),
        ["BLĐTBXH"] = ("Bộ Lao động - Thương binh và Xã hội", false),
        ["BVHTTDL"] = ("Bộ Văn hóa, Thể thao và Du lịch", false),
        ["BYT"] = ("Bộ Y tế", false),
        ["BGDĐT"] = ("Bộ Giáo dục và Đào tạo", false),
        ["BKHCN"] = ("Bộ Khoa học và Công nghệ", false),
        ["BTTTT"] = ("Bộ Thông tin và Truyền thông", false),
        ["BQP"] = ("Bộ Quốc phòng", false),
        ["BCA"] = ("Bộ Công an", false),
        ["BNG"] = ("Bộ Ngoại giao", false),
        ["BDTTG"] = ("Bộ Dân tộc và Tôn giáo", false),
        ["NHNN"] = ("Ngân hàng Nhà nước Việt Nam", false),
        ["TTCP"] = ("Thanh tra Chính phủ", false),
        ["UBDT"] = ("Ủy ban Dân tộc", false),
        ["SNV"] = ("Sở Nội vụ", true),
        ["STC"] = ("Sở Tài chính", true),
        ["SKHĐT"] = ("Sở Kế hoạch và Đầu tư", true),
        ["STP"] = ("Sở Tư pháp", true),
        ["SCT"] = ("Sở Công Thương", true),
        ["SXD"] = ("Sở Xây dựng", true),
        ["SGTVT"] = ("Sở Giao thông vận tải", true),
        ["STNMT"] = ("Sở Tài nguyên và Môi trường", true),
        ["SNNPTNT"] = ("Sở Nông nghiệp và Phát triển nông thôn", true),
        ["SNNMT"] = ("Sở Nông nghiệp và Môi trường", true),
        ["SLĐTBXH"] = ("Sở Lao động - Thương binh và Xã hội", true),
        ["SVHTTDL"] = ("Sở Văn hóa, Thể thao và Du lịch", true),
        ["SVHTT"] = ("Sở Văn hóa và Thể thao", true),
        ["SYT"] = ("Sở Y tế", true),
        ["SGDĐT"] = ("Sở Giáo dục và Đào tạo", true),
        ["SKHCN"] = ("Sở Khoa học và Công nghệ", true),
        ["STTTT"] = ("Sở Thông tin và Truyền thông", true),
        ["SNgV"] = ("Sở Ngoại vụ", true),
        ["SDTTG"] = ("Sở Dân tộc và Tôn giáo", true),
        ["CAT"] = ("Công an", true),
        ["TU"] = ("Tỉnh ủy", true),
        ["TW"] = ("Ban Chấp hành Trung ương", false),
        ["BTGTU"] = ("Ban Tuyên giáo Tỉnh ủy", true),
        ["BTCTU"] = ("Ban Tổ chức Tỉnh ủy", true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The canonical province name and whether it is a centrally governed city, or null.</summary>
    public static (string Name, bool City)? FindProvince(string place)
    {
        var folded = VietnameseText.FoldString(VietnameseText.CollapseSpaces(place.Trim()));
        if (folded.Contains('-', StringComparison.Ordinal))
        {
            // "Bà Rịa-Vũng Tàu": a province named by two towns is written with or without spaces around its dash.
            folded = string.Join(" - ", folded.Split('-', StringSplitOptions.TrimEntries));
        }

        foreach (var prefix in (string[])["thanh pho ", "tp. ", "tp.", "tp ", "tinh "])
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                folded = folded[prefix.Length..].Trim();
                break;
            }
        }

        return ProvinceByFolded.TryGetValue(folded, out var p) ? p : null;
    }

    /// <summary>The one province or centrally governed city a folded text names (as whole words), or null for none or several.</summary>
    public static (string Name, bool City)? SoleProvinceIn(ReadOnlySpan<char> folded)
    {
        (string Name, bool City)? found = null;
        foreach (var (key, province) in ProvinceByFolded)
        {
            if (ContainsWord(folded, key))
            {
                if (found is not null)
                {
                    return null;
                }

                found = province;
            }
        }

        return found;
    }

    private static bool ContainsWord(ReadOnlySpan<char> text, string word)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            var at = text[offset..].IndexOf(word, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            var start = offset + at;
            var end = start + word.Length;
            if ((start == 0 || !char.IsLetter(text[start - 1])) && (end == text.Length || !char.IsLetter(text[end])))
            {
                return true;
            }

            offset = start + 1;
        }

        return false;
    }

    /// <summary>The issuer named by a symbol's issuer abbreviation, or null.</summary>
    public static (string Name, bool Local)? IssuerOf(string abbreviation) =>
        IssuerByAbbreviation.TryGetValue(abbreviation, out var v) ? v : null;

    /// <summary>The canonical spelling of a department field name ("CÔNG THƯƠNG" → "Công Thương"), or null.</summary>
    public static string? Field(string text) =>
        FieldByFolded.TryGetValue(VietnameseText.FoldString(VietnameseText.CollapseSpaces(text.Trim())), out var f) ? f : null;
}
