using System.Text;
using KyCuong.Documents.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>Turns header issuer lines into a name ("ỦY BAN NHÂN DÂN / TỈNH KIÊN GIANG" → "Ủy ban nhân dân tỉnh Kiên Giang").</summary>
internal static class IssuerNames
{
    private static readonly string[] LocalityWords = ["thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường", "đặc khu"];

    private static readonly string[] BodyStarts =
    [
        "ủy ban", "uỷ ban", "ubnd", "hđnd", "hội đồng", "sở", "bộ", "ban", "văn phòng", "cục", "chi cục", "tổng cục", "phòng",
        "trường", "trung tâm", "công an", "thanh tra", "đảng ủy", "đảng uỷ", "tỉnh ủy", "tỉnh uỷ", "huyện ủy", "huyện uỷ",
        "thủ tướng", "chính phủ", "viện", "kho bạc", "bảo hiểm", "bộ chỉ huy", "đài", "báo", "hội", "liên đoàn", "công ty",
    ];

    private static readonly (string From, string To)[] FixedCasing =
    [
        ("chính phủ", "Chính phủ"), ("trung ương", "Trung ương"), ("quốc hội", "Quốc hội"), ("việt nam", "Việt Nam"),
        ("nhà nước", "Nhà nước"), ("tỉnh ủy", "Tỉnh ủy"), ("huyện ủy", "Huyện ủy"), ("mặt trận tổ quốc", "Mặt trận Tổ quốc"),
    ];

    /// <summary>The issuer from the header lines, the parent's locality added to a child body without one.</summary>
    public static string? FromHeader(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return null;
        }

        var groups = new List<List<string>>();
        foreach (var raw in lines)
        {
            var line = VietnameseText.CollapseSpaces(raw).Trim(' ', '-', '_', '.', ':');
            if (line.Length == 0)
            {
                continue;
            }

            var lower = line.ToLower(VietnameseText.Vi);
            // A portal's field label in capitals ("THÔNG TIN Ý KIẾN", "THÔNG TIN PHẢN HỒI", and "CƠ QUAN TỔ CHỨC", the field
            // for who sent the opinion) names no body (docs/domain.md §5, nineteenth and twenty-sixth passes).
            if (lower.StartsWith("thông tin ", StringComparison.Ordinal) || lower is "cơ quan tổ chức" or "cơ quan, tổ chức")
            {
                continue;
            }

            var startsBody = BodyStarts.Any(b => lower.StartsWith(b + " ", StringComparison.Ordinal) || lower == b);
            if (groups.Count == 0 || (startsBody && IsComplete(groups[^1])))
            {
                groups.Add([line]);
            }
            else
            {
                groups[^1].Add(line);
            }
        }

        if (groups.Count == 0)
        {
            return null;
        }

        var issuer = Case(WriteOutCity(string.Join(' ', groups[^1])));
        if (groups.Count > 1 && Locality(issuer) is null)
        {
            var parentLocality = Locality(Case(string.Join(' ', groups[^2])));
            if (parentLocality is not null && !issuer.StartsWith("Thủ tướng", StringComparison.Ordinal))
            {
                issuer = issuer + " " + parentLocality;
            }
        }

        return issuer.Length == 0 ? null : issuer;
    }

    // "BẢO HIỂM XÃ HỘI / TP.HỒ CHÍ MINH": the issuer's name is written out (NĐ 30/2020 Phụ lục I writes the body's full
    // name; docs/domain.md §5 spells issuers in full), so the abbreviation "TP." of "thành phố" before a capitalised place
    // is expanded. Only "TP" with its dot, as a word of its own: "TPHCM" or a company's "TPA" is left alone.
    private static string WriteOutCity(string name)
    {
        var at = name.IndexOf("TP.", StringComparison.Ordinal);
        if (at < 0 || (at > 0 && char.IsLetter(name[at - 1])))
        {
            return name;
        }

        var after = at + 3;
        while (after < name.Length && name[after] == ' ')
        {
            after++;
        }

        return after < name.Length && char.IsUpper(name[after]) ? name[..at] + "THÀNH PHỐ " + name[after..] : name;
    }

    private static bool IsComplete(List<string> group) => group.Count > 0 && VietnameseText.WordCount(string.Join(' ', group)) >= 2;

    /// <summary>
    /// Completes a people's committee named without its locality ("ỦY BAN NHÂN DÂN" whose second header line a web
    /// table lost) from the place of issue when that place is a province or centrally governed city: a provincial
    /// document is dated at the province (NĐ 30/2020 Phụ lục I, địa danh). Also restores a first letter a web page
    /// cut off ("Y BAN NHÂN DÂN") and the capital of "Ủy ban".
    /// </summary>
    public static string? WithLocality(string? issuer, string? place)
    {
        if (issuer is null)
        {
            return null;
        }

        var folded = VietnameseText.FoldString(issuer);
        if (folded.StartsWith("y ban nhan dan", StringComparison.Ordinal))
        {
            issuer = "Ủ" + issuer;
            folded = "u" + folded;
        }

        issuer = issuer.Replace("ủy ban nhân dân", "Ủy ban nhân dân", StringComparison.Ordinal);
        // A people's council cut to its bare name ("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA …") sits where its place line says, as a
        // people's committee does (NĐ 30/2020 Phụ lục I: the place is the locality where the body sits).
        var bare = folded is "uy ban nhan dan" or "chu tich uy ban nhan dan" or "hoi dong nhan dan";
        if (!bare || place is null || Gazetteer.FindProvince(place) is not { } province)
        {
            return issuer;
        }

        return issuer + (province.City ? " thành phố " : " tỉnh ") + province.Name;
    }

    /// <summary>"tỉnh Kiên Giang" at the end of a name, or null.</summary>
    public static string? Locality(string name)
    {
        foreach (var word in LocalityWords)
        {
            var at = name.IndexOf(" " + word + " ", StringComparison.Ordinal);
            if (at >= 0)
            {
                return name[(at + 1)..];
            }
        }

        return null;
    }

    /// <summary>Vietnamese casing for an upper-case name; mixed-case names are kept.</summary>
    public static string Case(string name)
    {
        var text = VietnameseText.CollapseSpaces(name);
        if (!VietnameseText.IsMostlyUpper(text))
        {
            return text;
        }

        var lower = text.ToLower(VietnameseText.Vi);
        if (lower.StartsWith("ubnd ", StringComparison.Ordinal))
        {
            lower = "ủy ban nhân dân " + lower[5..];
        }
        else if (lower.StartsWith("hđnd ", StringComparison.Ordinal))
        {
            lower = "hội đồng nhân dân " + lower[5..];
        }

        var whole = CaseBody(lower);
        if (!string.Equals(whole, VietnameseText.CapitalizeFirst(lower), StringComparison.Ordinal) && Gazetteer.Field(lower.Length > 3 ? lower[3..] : lower) is not null)
        {
            return whole;
        }

        // The place name after a locality word is a proper name.
        var head = lower;
        string? tail = null;
        foreach (var word in LocalityWords)
        {
            var at = (" " + lower + " ").IndexOf(" " + word + " ", StringComparison.Ordinal);
            if (at >= 0)
            {
                var after = at + word.Length;
                if (after < lower.Length)
                {
                    head = lower[..at].TrimEnd();
                    tail = word + " " + VietnameseText.TitleCase(lower[(after + 1)..]);
                    break;
                }
            }
        }

        head = CaseBody(head);
        var result = tail is null ? head : head.Length == 0 ? tail : head + " " + tail;
        return VietnameseText.CapitalizeFirst(result);
    }

    private static string CaseBody(string lower)
    {
        foreach (var prefix in (string[])["sở ", "bộ "])
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                var field = Gazetteer.Field(lower[prefix.Length..]);
                if (field is not null)
                {
                    return VietnameseText.CapitalizeFirst(prefix) + field;
                }
            }
        }

        var sb = new StringBuilder(lower);
        var s = sb.ToString();
        foreach (var (from, to) in FixedCasing)
        {
            s = s.Replace(from, to, StringComparison.Ordinal);
        }

        return VietnameseText.CapitalizeFirst(s);
    }
}
