using KyCuong.Documents.Text;

namespace KyCuong.Documents.Parsing;

/// <summary>Recognises the fixed lines of NĐ 30/2020 layout (Phụ lục I) in folded text.</summary>
internal static class LineKinds
{
    private static readonly string[] SigningPrefixes = ["tm.", "tm ", "t/m", "kt.", "kt ", "k/t", "q.", "tl.", "t/l", "tuq.", "tuq ", "t.m"];

    private static readonly string[] PositionWords =
    [
        "chu tich", "giam doc", "truong", "thu tuong", "bi thu", "chanh", "chu nhiem", "tong thu ky", "uy vien",
        "thu ky", "tong bien tap", "chi huy", "can bo", "chuyen vien", "ke toan", "nguoi ky", "pho van phong",
        "to pho", // a team's deputy head ("KT. TỔ TRƯỞNG" / "TỔ PHÓ THƯỜNG TRỰC"), docs/domain.md §5, twenty-sixth pass
    ];

    public static bool IsMotto(ReadOnlySpan<char> folded) =>
        folded.Contains("cong hoa xa hoi chu nghia", StringComparison.Ordinal)
        || folded.Contains("cong hoa xahoi chu nghia", StringComparison.Ordinal)
        || folded.Contains("dang cong san viet nam", StringComparison.Ordinal)
        || (folded.Contains("doc lap", StringComparison.Ordinal) && folded.Contains("hanh phuc", StringComparison.Ordinal));

    /// <summary>"Số: 919/UBND-NC", "Số: /UBND-NV", "Số 05/CT-UBND": the position after "Số" and its colon, or -1.</summary>
    public static int NumberLineRest(ReadOnlySpan<char> folded)
    {
        // "S: 5157/QĐ-UBND": a page whose font dropped "ố" keeps the "S" and the colon (docs/domain.md §5); only with the
        // colon and a number after it, so a lone "s" in a sentence is no number line.
        if (folded.Length > 3 && folded[0] == 's' && folded[1] is ':' || folded.Length > 4 && folded.StartsWith("s :", StringComparison.Ordinal))
        {
            var j = folded.IndexOf(':') + 1;
            while (j < folded.Length && folded[j] == ' ')
            {
                j++;
            }

            return j < folded.Length && char.IsAsciiDigit(folded[j]) ? j : -1;
        }

        if (!folded.StartsWith("so", StringComparison.Ordinal) || folded.Length < 3)
        {
            return -1;
        }

        var i = 2;
        var sawMark = false;
        while (i < folded.Length && folded[i] is ' ' or ':' or '.')
        {
            sawMark |= folded[i] == ':';
            i++;
        }

        if (i == 2 || i >= folded.Length)
        {
            return -1;
        }

        var c = folded[i];
        return char.IsAsciiDigit(c) || c == '/' || (sawMark && char.IsLetter(c) && folded[i..].IndexOf('/') > 0 && folded.Length - i < 40) ? i : -1;
    }

    private static readonly string[] PreambleStarts =
        ["can cu", "thuc hien", "xet de nghi", "theo de nghi", "thi hanh", "tren co so", "kinh gui"];

    private static readonly string[] AuthorityStarts =
        ["uy ban nhan dan", "chu tich uy ban", "thu tuong chinh phu", "chinh phu", "bo truong", "giam doc", "hoi dong nhan dan", "chu tich"];

    /// <summary>The preamble after a title: "Căn cứ …", "Thực hiện …", "Xét đề nghị …", "Theo đề nghị …".</summary>
    public static bool StartsPreamble(ReadOnlySpan<char> folded)
    {
        foreach (var start in PreambleStarts)
        {
            if (folded.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The authority line printed in capitals under a decision's title ("ỦY BAN NHÂN DÂN TỈNH KON TUM",
    /// "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "THỦ TƯỚNG CHÍNH PHỦ"; NĐ 30/2020 Phụ lục I, mẫu 1.1): it ends the title.
    /// </summary>
    public static bool IsAuthorityLine(ReadOnlySpan<char> text, ReadOnlySpan<char> folded)
    {
        if (!VietnameseText.IsMostlyUpper(text) || VietnameseText.WordCount(text) > 12)
        {
            return false;
        }

        foreach (var start in AuthorityStarts)
        {
            if (folded.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A separator rule under the issuer or the motto ("-------", "_____").</summary>
    public static bool IsRule(ReadOnlySpan<char> text)
    {
        var any = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                return false;
            }

            any |= ch is '-' or '_' or '–' or '—';
        }

        return any;
    }

    public static bool IsNoiNhan(ReadOnlySpan<char> folded) => folded.StartsWith("noi nhan", StringComparison.Ordinal);

    public static bool IsKinhGui(ReadOnlySpan<char> folded) => folded.StartsWith("kinh gui", StringComparison.Ordinal);

    public static bool IsBullet(ReadOnlySpan<char> text) => text.Length > 0 && text[0] is '-' or '+' or '•' or '–' or '·' or '▪' or '○';

    /// <summary>A signing authority line ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH").</summary>
    public static bool IsTitle(ReadOnlySpan<char> text, ReadOnlySpan<char> folded)
    {
        if (text.Length > 90 || !VietnameseText.IsMostlyUpper(text) || VietnameseText.WordCount(text) > 12 || IsNoiNhan(folded) || IsMotto(folded))
        {
            return false;
        }

        foreach (var prefix in SigningPrefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var word in PositionWords)
        {
            if (folded.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A signing title opened by its mark ("KT. BỘ TRƯỞNG", "TM. ỦY BAN NHÂN DÂN", "TL. CHỦ TỊCH").</summary>
    public static bool IsSigningMark(ReadOnlySpan<char> text, ReadOnlySpan<char> folded)
    {
        if (!IsTitle(text, folded))
        {
            return false;
        }

        foreach (var prefix in SigningPrefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A person's name: 2–6 capitalised words, no digits or list marks ("Lâm Minh Thành").</summary>
    public static bool IsName(string text, ReadOnlySpan<char> folded)
    {
        if (text.Length is < 4 or > 50 || IsBullet(text) || folded.StartsWith("nhu tren", StringComparison.Ordinal) || folded.StartsWith("luu", StringComparison.Ordinal))
        {
            return false;
        }

        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 6)
        {
            return false;
        }

        foreach (var w in words)
        {
            if (!char.IsUpper(w[0]) || w.Length > 8)
            {
                return false;
            }

            foreach (var c in w)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }
        }

        return !IsTitle(text, folded);
    }

    /// <summary>Khẩn, Thượng khẩn, Hỏa tốc (NĐ 30/2020 art. 8.10) when the cell is exactly one of them.</summary>
    public static string? Urgency(string folded)
    {
        var f = VietnameseText.CollapseSpaces(folded.Trim(' ', '.', ':', '!', '(', ')', '"'));
        return f switch
        {
            "hoa toc" or "hoa toc hen gio" or "hoa toc - hen gio" => "Hỏa tốc",
            "thuong khan" => "Thượng khẩn",
            "khan" or "khan cap" => "Khẩn",
            _ => null,
        };
    }

    /// <summary>Mật, Tối mật, Tuyệt mật when the cell is exactly one of them.</summary>
    public static string? Secrecy(string folded)
    {
        var f = VietnameseText.CollapseSpaces(folded.Trim(' ', '.', ':', '!', '(', ')', '"'));
        return f switch
        {
            "mat" => "Mật",
            "toi mat" => "Tối mật",
            "tuyet mat" => "Tuyệt mật",
            _ => null,
        };
    }

    /// <summary>A page number or "Trang 2/5" line left by the page furniture.</summary>
    public static bool IsPageNumber(ReadOnlySpan<char> folded)
    {
        var f = folded.Trim(" -–.[]()");
        if (f.StartsWith("trang", StringComparison.Ordinal))
        {
            f = f[5..].Trim();
        }

        if (f.Length is 0 or > 9)
        {
            return false;
        }

        foreach (var c in f)
        {
            if (!char.IsAsciiDigit(c) && c is not '/' and not ' ')
            {
                return false;
            }
        }

        return char.IsAsciiDigit(f[0]);
    }

    private static readonly string[] RelatedDocumentTypes =
        ["chi thi ", "quyet dinh ", "nghi dinh ", "nghi quyet ", "thong tu ", "cong van ", "cong dien ", "ke hoach ", "thong bao "];

    /// <summary>
    /// "- 2Quyết định 2194/QĐ-BCĐQG năm 2020 về …", "- Thông tư 12/2024/TT-BTC …" (folded): a law site's item naming a
    /// related document — a dash, the site's item number glued or not, a document type and its number.
    /// </summary>
    public static bool IsRelatedDocumentItem(ReadOnlySpan<char> folded)
    {
        folded = folded.TrimStart();
        if (folded.Length < 12 || folded[0] != '-')
        {
            return false;
        }

        var k = 1;
        while (k < folded.Length && (folded[k] == ' ' || char.IsAsciiDigit(folded[k])))
        {
            k++;
        }

        var rest = folded[k..];
        foreach (var type in RelatedDocumentTypes)
        {
            if (rest.StartsWith(type, StringComparison.Ordinal) && rest.Length > type.Length && char.IsAsciiDigit(rest[type.Length]))
            {
                return true;
            }
        }

        return false;
    }
}
