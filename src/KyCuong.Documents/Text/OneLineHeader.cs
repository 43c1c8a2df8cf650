namespace KyCuong.Documents.Text;

/// <summary>
/// The header of a letter copied onto one line (PDF copy text, every line break a space): the type's title, the excerpt
/// in capitals, the authority line under it and the preamble become one run of capitals and then sentences, so the
/// excerpt read ran into "ỦY BAN NHÂN DÂN TỈNH …" or into the first sentence. NĐ 30/2020 Phụ lục I prints each on a line of
/// its own (docs/domain.md §5: a decision's title ends at the authority line printed under it or at the preamble); the
/// line breaks are recovered from the shape of the text alone: where a run of capitals gives way to a sentence, and where
/// a run of capitals ends in a known authority head. Same length: each break replaces a space.
/// </summary>
internal static class OneLineHeader
{
    // A type's title in capitals that opens a line: the web page's table left the header's cells on lines of their own
    // and the title, excerpt and body run on ("KẾ HOẠCH XÂY DỰNG … Căn cứ …"). Longer names first.
    private static readonly string[] Titles =
    [
        "thong tu lien tich", "nghi quyet lien tich", "quyet dinh", "ke hoach", "chi thi", "thong bao", "cong dien", "thong tu",
        "nghi quyet", "nghi dinh", "huong dan", "cong van", "bao cao", "to trinh", "chuong trinh",
    ];

    // Heads of the authority line NĐ 30/2020 Phụ lục I prints under a decision's excerpt (the body that decides, or its
    // head), folded, with what may follow them on that line: a locality ("ỦY BAN NHÂN DÂN TỈNH …", or nothing), a name ("BỘ
    // TRƯỞNG BỘ Y TẾ") or nothing (the head ends the line: "THỦ TƯỚNG CHÍNH PHỦ", "CHỦ TỊCH"; "CHÍNH PHỦ ĐIỆN TỬ" is an
    // excerpt's words). A longer head that holds a shorter one is found as the longer.
    private static readonly (string Head, Follows Follows)[] AuthorityHeads =
    [
        ("chu tich uy ban nhan dan", Follows.Locality), ("chu tich ubnd", Follows.Locality), ("uy ban nhan dan", Follows.Locality),
        ("hoi dong nhan dan", Follows.Locality), ("thu tuong chinh phu", Follows.Nothing), ("chinh phu", Follows.Nothing),
        ("bo truong bo", Follows.Name), ("bo truong", Follows.Nothing), ("chu tich", Follows.Nothing), ("giam doc so", Follows.Name),
        ("giam doc", Follows.Nothing), ("tong cuc truong tong cuc", Follows.Name), ("cuc truong cuc", Follows.Name),
    ];

    // The first word of a locality: tỉnh, thành phố, huyện, quận, thị xã, thị trấn, xã, phường.
    private static readonly HashSet<string> LocalityWords = new(StringComparer.Ordinal) { "tinh", "thanh", "huyen", "quan", "thi", "xa", "phuong" };

    private enum Follows
    {
        Locality,
        Name,
        Nothing,
    }

    // Words after which a head is named inside the excerpt ("… CỦA ỦY BAN NHÂN DÂN TỈNH", "… GỬI BỘ TRƯỞNG", "VIỆN TRỢ PHI
    // CHÍNH PHỦ"), not its own line; in capitals with their marks, as folding would take "CHỢ" for "CHO" and "LA" (Sơn La) for "LÀ".
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal)
    {
        "CỦA", "VỚI", "GIỮA", "VÀ", "THUỘC", "CHO", "TẠI", "ĐỐI", "GIAO", "VỀ", "VIỆC", "TRỰC", "CÁC", "BỞI", "TỪ", "ĐẾN", "GỬI", "NHƯ",
        "THEO", "TRÊN", "TRONG", "LÀ", "LÀM", "HOẶC", "CÙNG", "ĐỂ", "SAU", "TRƯỚC", "PHI",
    };

    // The longest authority line: "CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH" is 11 words.
    private const int MaxAuthorityWords = 12;

    private readonly record struct Word(int Start, int End, int Kind, string Fold, string Upper);

    /// <summary>
    /// True when a long line opens with a type's title in capitals followed by its excerpt (the header's other
    /// cells on lines of their own, the title, excerpt and body run together), or holds an excerpt "V/v …" or "Về việc …"
    /// after a blank line's run of spaces or at its start (a short letter whose header lines were blank-separated).
    /// </summary>
    public static bool IsRunTogetherHeader(char[] c, int start, int end, string fold)
    {
        foreach (var title in Titles)
        {
            if (fold.StartsWith(title + " ", StringComparison.Ordinal) && IsCapitals(c, start, start + title.Length)
                && start + title.Length + 1 < end && char.IsUpper(c[start + title.Length + 1]))
            {
                return true;
            }
        }

        for (var i = start; i + 8 < end; i++)
        {
            if ((i == start || (i - 2 >= start && c[i - 1] == ' ' && c[i - 2] == ' '))
                && ((c[i] == 'V' && c[i + 1] == '/' && c[i + 2] is 'v' or 'V' && c[i + 3] == ' ') || (c[i] == 'V' && string.CompareOrdinal(fold, i - start, "ve viec ", 0, 8) == 0)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The header table's cells in the order a web page gives them, row by row: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM HUYỆN
    /// … Độc lập …" holds the issuer's second line ("HUYỆN …", left cell of the second row) after the national
    /// title, which opens a line of its own; and a rule of dashes under the issuer or the motto ("BỘ … ––––") is a line
    /// of its own, as Phụ lục I prints it.
    /// </summary>
    public static void BreakHeaderCells(char[] c, int start, int end, string fold)
    {
        const string title = "cong hoa xa hoi chu nghia viet nam";
        var at = fold.IndexOf(title, StringComparison.Ordinal);
        var after = start + at + title.Length;
        if (at >= 0 && after + 3 < end && c[after] == ' ' && IsCapitals(c, start + at, after) && char.IsUpper(c[after + 1]) && char.IsUpper(c[after + 2]))
        {
            c[after] = '\n';
        }

        foreach (var w in Words(c, start, end))
        {
            if (w.End - w.Start >= 3 && IsRule(c, w) && c[w.Start] != '.' && c[w.Start] != '*')
            {
                if (w.Start > start && c[w.Start - 1] == ' ')
                {
                    c[w.Start - 1] = '\n';
                }

                if (w.End < end && c[w.End] == ' ')
                {
                    c[w.End] = '\n';
                }
            }
        }
    }

    /// <summary>
    /// "KT.BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM", "KT BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM": the mark written without its
    /// space or its full stop at a line's start; the deputy's title under it ("PHÓ …") opens the next line, as under "KT. ".
    /// </summary>
    public static void BreakDeputyUnderBareMark(char[] c, int start, int end)
    {
        for (var i = start; i + 4 < end; i++)
        {
            var bare = c[i] == 'K' && c[i + 1] == 'T' && (i == start || c[i - 1] is '\n' or ' ')
                && ((c[i + 2] == '.' && char.IsUpper(c[i + 3])) || (c[i + 2] == ' ' && char.IsUpper(c[i + 3]) && char.IsUpper(c[i + 4]) && OpensLine(c, start, i)));
            if (!bare)
            {
                continue;
            }

            for (var k = i + 3; k + 5 < end && k - i <= 60 && c[k] != '\n'; k++)
            {
                if (c[k] == ' ' && c[k + 1] == 'P' && c[k + 2] == 'H' && VietnameseText.Fold(c[k + 3]) == 'o' && c[k + 4] == ' ' && char.IsUpper(c[k + 5]))
                {
                    c[k] = '\n';
                    break;
                }
            }
        }
    }

    /// <summary>Breaks the line c[start..end) where a run of capitals gives way to a sentence and before an authority line.</summary>
    public static void Break(char[] c, int start, int end)
    {
        var words = Words(c, start, end);
        BreakAfterCapitalRuns(c, words);
        BreakBeforeAuthorityLines(c, start, end);
    }

    // "… TRÊN ĐỊA BÀN TỈNH … Theo nhận định của …", "… NĂM 2024 VÀ NHỮNG NĂM TIẾP THEO Năm 2024, …", "PHÓ CHỦ NHIỆM
    // Nguyễn Văn A": a run of three or more words in capitals (numbers and dashes inside it) followed by a word in sentence case
    // is an excerpt, heading or title that the next sentence or a name follows on the next line. "- Lưu" after a list's
    // capitals, "QUYẾT ĐỊNH Về việc" (two words) and a symbol "QĐ-TTg" (no capital then lower case at its start) stay.
    private static void BreakAfterCapitalRuns(char[] c, List<Word> words)
    {
        for (var k = 1; k < words.Count; k++)
        {
            var w = words[k];
            if (w.End - w.Start < 2 || !char.IsUpper(c[w.Start]) || !char.IsLower(c[w.Start + 1]) || c[w.Start - 1] != ' ')
            {
                continue;
            }

            var prev = words[k - 1];
            if (!(prev.Kind == 1 || (prev.Kind == 0 && HasDigit(c, prev))) || Separated(c, prev, w))
            {
                continue;
            }

            var capitals = 0;
            for (var j = k - 1; j >= 0 && words[j].Kind != 2; j--)
            {
                if (words[j].Kind == 1)
                {
                    capitals++;
                }

                if (j > 0 && Separated(c, words[j - 1], words[j]))
                {
                    break;
                }
            }

            if (capitals >= 3)
            {
                c[w.Start - 1] = '\n';
            }
        }
    }

    // "BAN HÀNH QUY ĐỊNH … CỦA BAN QUẢN LÝ … TỈNH X ỦY BAN NHÂN DÂN TỈNH X", "… ĐẾN NĂM 2025 THỦ TƯỚNG CHÍNH PHỦ": a
    // line in capitals whose last words (at most 12) open with an authority head, named after a word that is no connector
    // ("CỦA", "VỚI", "GIỮA" …: the excerpt naming the body), ends its excerpt there; the authority line is the next line. The
    // last such head counts ("BỔ NHIỆM GIÁM ĐỐC SỞ … CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH"), found as the longest head at its place.
    private static void BreakBeforeAuthorityLines(char[] c, int start, int end)
    {
        var lineStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && c[i] != '\n')
            {
                continue;
            }

            BreakBeforeAuthorityLine(c, Words(c, lineStart, i));
            lineStart = i + 1;
        }
    }

    private static void BreakBeforeAuthorityLine(char[] c, List<Word> words)
    {
        // "_ ỦY BAN NHÂN DÂN TỈNH …" (a blank line's run of spaces already broke before the rule): the rule is blanked.
        if (words.Count > 1 && IsRule(c, words[0]) && HeadAt(words, 1).Length > 0)
        {
            Blank(c, words[0]);
        }

        // A signing form "KT. CHỦ TỊCH HỘI ĐỒNG BỘ TRƯỞNG" is one line ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" is two).
        // A line in capitals: a letter in lower case a copy slipped into a word ("GIAI ĐOạN") does not change that.
        if (words.Count < 5 || words.Count(w => w.Kind == 2) * 10 > words.Count || words[0].Fold is "kt" or "tl")
        {
            return;
        }

        var best = -1;
        var coveredTo = -1;
        for (var k = 2; k < words.Count; k++)
        {
            var (length, follows) = HeadAt(words, k);
            if (length == 0 || k < coveredTo)
            {
                continue;
            }

            coveredTo = k + length;
            var rest = k + length;
            var fits = follows switch
            {
                Follows.Locality => rest == words.Count || LocalityWords.Contains(words[rest].Fold),
                Follows.Name => rest < words.Count,
                _ => rest == words.Count,
            };
            var before = Before(c, words, k);
            // A council's term and session ("KHÓA XIII KỲ HỌP THỨ 7 …") go on their own line and are not counted.
            var lineEnd = words.FindIndex(k, w => w.Fold == "khoa");
            if (fits && (lineEnd < 0 ? words.Count : lineEnd) - k <= MaxAuthorityWords && !words.Skip(k).Any(w => w.Kind == 2) && !Connectors.Contains(before.Upper)
                && !(before.Fold == "phong" && words.IndexOf(before) > 0 && words[words.IndexOf(before) - 1].Fold == "van"))
            {
                best = k;
            }
        }

        if (best <= 0)
        {
            return;
        }

        // "… ĐẾN NĂM 2030” ------- THỦ TƯỚNG CHÍNH PHỦ", "… TỈNH X _ ỦY BAN NHÂN DÂN": the rule printed under the
        // excerpt is blanked and the authority line starts at its head.
        var at = best;
        while (at > 1 && IsRule(c, words[at - 1]))
        {
            at--;
            Blank(c, words[at]);
        }

        if (c[words[at].Start - 1] == ' ')
        {
            c[words[at].Start - 1] = '\n';
        }

        // A council's term and session under its name ("HỘI ĐỒNG NHÂN DÂN TỈNH … KHÓA XIII KỲ HỌP THỨ 7"): a line of their own.
        for (var k = best + 1; k + 1 < words.Count; k++)
        {
            if (words[k].Fold == "khoa" && c[words[k].Start - 1] == ' ')
            {
                c[words[k].Start - 1] = '\n';
                break;
            }
        }
    }

    private static void Blank(char[] c, Word w)
    {
        for (var i = w.Start; i < w.End; i++)
        {
            c[i] = ' ';
        }
    }

    // The word before word k, across a rule of dashes or underscores.
    private static Word Before(char[] c, List<Word> words, int k)
    {
        var j = k - 1;
        while (j > 0 && IsRule(c, words[j]))
        {
            j--;
        }

        return words[j];
    }

    private static bool IsRule(char[] c, Word w)
    {
        for (var i = w.Start; i < w.End; i++)
        {
            if (c[i] is not ('-' or '_' or '–' or '—' or '=' or '*' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    // The number of words of the longest authority head that starts at word k (0: none), and what may follow it.
    private static (int Length, Follows Follows) HeadAt(List<Word> words, int k)
    {
        foreach (var (head, follows) in AuthorityHeads)
        {
            var parts = head.Split(' ');
            if (k + parts.Length > words.Count)
            {
                continue;
            }

            var match = true;
            for (var p = 0; p < parts.Length && match; p++)
            {
                match = words[k + p].Fold == parts[p];
            }

            if (match)
            {
                return (parts.Length, follows);
            }
        }

        return (0, Follows.Nothing);
    }

    // A line break or a closing mark of a clause (",", ";", ":") between two words: not one run of capitals. The comma
    // inside a signing form ("BỘ TRƯỞNG, CHỦ NHIỆM") and an excerpt ("KỶ CƯƠNG, KỶ LUẬT") is part of the run.
    private static bool Separated(char[] c, Word a, Word b)
    {
        for (var i = a.End; i < b.Start; i++)
        {
            if (c[i] == '\n')
            {
                return true;
            }
        }

        return c[a.End - 1] is ';' or ':';
    }

    // Only spaces between the line's start (or a line break) and c[at].
    private static bool OpensLine(char[] c, int start, int at)
    {
        var k = at - 1;
        while (k >= start && c[k] == ' ')
        {
            k--;
        }

        return k < start || c[k] == '\n';
    }

    private static bool HasDigit(char[] c, Word w)
    {
        for (var i = w.Start; i < w.End; i++)
        {
            if (char.IsAsciiDigit(c[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCapitals(char[] c, int start, int end)
    {
        var letters = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsLower(c[i]))
            {
                return false;
            }

            if (char.IsLetter(c[i]))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    // Words between spaces and line breaks with their kind (Spans), each also folded without its punctuation (Fold) and in
    // capitals (Upper), for the heads and connectors.
    private static List<Word> Words(char[] c, int start, int end)
    {
        var spans = Spans(c, start, end);
        var words = new List<Word>(spans.Count);
        foreach (var (w, i, kind) in spans)
        {
            var fold = string.Create(i - w, (c, w), static (span, state) =>
            {
                for (var k = 0; k < span.Length; k++)
                {
                    span[k] = VietnameseText.Fold(state.c[state.w + k]);
                }
            }).Trim(',', ';', ':', '.', '"', '“', '”', '(', ')', '-');
            var text = new string(c, w, i - w).Trim(',', ';', ':', '.', '"', '“', '”', '(', ')', '-');
            words.Add(new Word(w, i, kind, fold, text.ToUpperInvariant()));
        }

        return words;
    }

    /// <summary>
    /// The words of c[start..end) between spaces and line breaks; Kind 1: two or more capitals and no lower-case letter,
    /// 2: a lower-case letter, 0: other (numbers, dashes). The one-line step's capital runs are read from these.
    /// </summary>
    internal static List<(int Start, int End, int Kind)> Spans(char[] c, int start, int end)
    {
        var words = new List<(int Start, int End, int Kind)>();
        var i = start;
        while (i < end)
        {
            while (i < end && (c[i] == ' ' || c[i] == '\n'))
            {
                i++;
            }

            var w = i;
            var upper = 0;
            var lower = false;
            while (i < end && c[i] != ' ' && c[i] != '\n')
            {
                if (char.IsLower(c[i]))
                {
                    lower = true;
                }
                else if (char.IsUpper(c[i]))
                {
                    upper++;
                }

                i++;
            }

            if (i > w)
            {
                words.Add((w, i, lower ? 2 : upper >= 2 ? 1 : 0));
            }
        }

        return words;
    }
}
