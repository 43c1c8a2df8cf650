using KyCuong.Documents.Parsing;
using System.Text;

namespace KyCuong.Documents.Text;

/// <summary>
/// Puts a pasted document back into the lines of its NĐ 30/2020 layout (Phụ lục I) before it is read, as a clerk
/// would: table pipes of web pages and DOCX copies become line breaks, escaped line breaks (<c>\r\n</c> left as
/// text by some portals) become real ones, lines a web page or PDF wrapped mid-phrase are joined again, header
/// blocks printed on one line are split, and the web page around the document (site name, metadata table,
/// "loading" notices) is blanked out. Every step keeps the length, so offsets still point into the text.
/// </summary>
internal static class LayoutNormaliser
{
    private const int LongLine = 400;
    private const int HeaderSearchLines = 120;
    private const int TailLength = 80;
    private const int HeaderCellsLine = 200;

    // Phrases a wrap can cut in two; a line pair that only together contains one is joined.
    private static readonly string[] HeaderPhrases =
    [
        "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "uy ban nhan dan", "thu tuong chinh phu",
        "van phong chinh phu", "chinh phu", "hoi dong nhan dan", "pho chu tich", "pho chu nhiem", "pho giam doc",
        "quyet dinh", "chi thi", "ke hoach", "thong bao", "cong dien", "thong tu", "nghi dinh",
    ];

    /// <summary>
    /// Recombines tone and vowel marks that a PDF text layer left apart from their letter ("Chu ̉ tịch") and
    /// spacing accents standing for combining ones; runs before NFC, so it may change the length.
    /// </summary>
    public static string RecombineMarks(string text)
    {
        var needs = false;
        foreach (var ch in text)
        {
            if (IsCombining(ch) || SpacingMark(ch) != '\0')
            {
                needs = true;
                break;
            }
        }

        if (!needs)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            var mark = IsCombining(ch) ? ch : SpacingMark(ch);
            if (mark == '\0')
            {
                sb.Append(ch);
                continue;
            }

            // The mark belongs to the vowel before it, across the spaces a PDF text layer put between them.
            var end = sb.Length;
            while (end > 0 && sb[end - 1] == ' ')
            {
                end--;
            }

            if (end > 0 && (IsVietnameseVowel(sb[end - 1]) || (IsCombining(sb[end - 1]) && end == sb.Length)))
            {
                sb.Length = end;
                sb.Append(mark);
            }
            else
            {
                sb.Append(ch);
            }
        }

        return sb.ToString();
    }

    /// <summary>Rewrites the layout in place (same length): see the class summary.</summary>
    public static void Normalise(char[] c)
    {
        ReplaceEscapedBreaks(c);
        for (var i = 0; i < c.Length; i++)
        {
            if (c[i] == '|')
            {
                c[i] = '\n';
            }
        }

        SplitRunTogetherLines(c);
        JoinWrappedLines(c);
        BlankLeadingWebText(c);
    }

    private static bool IsCombining(char ch) => ch is >= '\u0300' and <= '\u036F';

    // Spacing accents that PDF extractors emit instead of the combining tone marks.
    private static char SpacingMark(char ch) => ch switch
    {
        '\u00B4' or '\u02CA' => '\u0301',
        '\u02CB' => '\u0300',
        '\u02DC' => '\u0303',
        _ => '\0',
    };

    private static bool IsVietnameseVowel(char ch) =>
        "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY".Contains(ch, StringComparison.Ordinal) || (ch > 0x7F && char.IsLetter(ch) && "aeiouy".Contains(VietnameseText.Fold(ch), StringComparison.Ordinal));

    // "\r\n" written out as text by a portal's HTML becomes a line break ("\r" → spaces, "\n" → newline).
    private static void ReplaceEscapedBreaks(char[] c)
    {
        for (var i = 0; i + 1 < c.Length; i++)
        {
            if (c[i] != '\\')
            {
                continue;
            }

            if (c[i + 1] == 'r' && i + 3 < c.Length && c[i + 2] == '\\' && c[i + 3] == 'n')
            {
                c[i] = ' ';
                c[i + 1] = ' ';
                c[i + 2] = ' ';
                c[i + 3] = '\n';
                i += 3;
            }
            else if (c[i + 1] is 'n' or 'r' or 't' && (i + 2 >= c.Length || !char.IsLetterOrDigit(c[i + 2])) && (i == 0 || !char.IsLetterOrDigit(c[i - 1])))
            {
                c[i] = ' ';
                c[i + 1] = c[i + 1] == 'n' ? '\n' : ' ';
                i++;
            }
        }
    }

    private static List<(int Start, int End)> Lines(char[] c)
    {
        var lines = new List<(int, int)>(c.Length / 40 + 4);
        var start = 0;
        for (var i = 0; i <= c.Length; i++)
        {
            if (i == c.Length || c[i] == '\n')
            {
                lines.Add((start, i));
                start = i + 1;
            }
        }

        return lines;
    }

    private static (int Start, int End) Trim(char[] c, (int Start, int End) line)
    {
        var (s, e) = line;
        while (s < e && char.IsWhiteSpace(c[s]))
        {
            s++;
        }

        while (e > s && char.IsWhiteSpace(c[e - 1]))
        {
            e--;
        }

        return (s, e);
    }

    // The folded text of c[start..end): spaces collapsed (for phrase tests) or kept one for one (offsets line up).
    private static string FoldOf(char[] c, int start, int end, bool collapse = true)
    {
        if (!collapse)
        {
            return string.Create(end - start, (c, start), static (span, state) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = VietnameseText.Fold(state.c[state.start + i]);
                }
            });
        }

        var sb = new StringBuilder(end - start);
        var space = false;
        for (var i = start; i < end; i++)
        {
            var f = VietnameseText.Fold(c[i]);
            if (char.IsWhiteSpace(f))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(f);
        }

        return sb.ToString();
    }

    // Header cells a web page or PDF put on one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI ...", "Số: 454/UBND-NCTH Vị
    // Thanh, ngày 6 tháng 4 năm 2011") and whole letters on one line get their line breaks back before the fixed parts.
    private static void SplitRunTogetherLines(char[] c)
    {
        var lines = Lines(c);
        for (var n = 0; n < lines.Count; n++)
        {
            var (s, e) = Trim(c, lines[n]);
            var longLine = e - s >= LongLine;
            var inHeader = n < HeaderSearchLines && e - s <= HeaderCellsLine;
            if (e - s < 12 || (!inHeader && !longLine))
            {
                continue;
            }

            var fold = FoldOf(c, s, e, collapse: false);
            if (inHeader)
            {
                BreakBefore(c, s, fold, "cong hoa xa hoi chu nghia viet nam", requireUpper: true);
                BreakBefore(c, s, fold, "doc lap - tu do", requireUpper: false);
                BreakBefore(c, s, fold, "doc lap – tu do", requireUpper: false);
                if (fold.StartsWith("so", StringComparison.Ordinal))
                {
                    BreakBeforePlaceDate(c, s, fold);
                    BreakBefore(c, s, fold, "v/v", requireUpper: false);
                }
            }

            // A whole letter on one line: its header's "Số:" or its "Nơi nhận" on the line, or (a web page's table left the
            // header apart, or the copy ends before the recipients) its body's items run together.
            if (longLine && (fold.Contains("so:", StringComparison.Ordinal) || fold.Contains("noi nhan", StringComparison.Ordinal)
                || OneLineParagraphs.IsRunTogetherBody(c, s, e) || OneLineHeader.IsRunTogetherHeader(c, s, e, fold)))
            {
                DropPageMarkerBeforeTitle(c, s, fold);
                BreakAtWideGaps(c, s, e);
                BreakBefore(c, s, fold, "cong hoa xa hoi chu nghia viet nam", requireUpper: true);
                BreakBefore(c, s, fold, "doc lap - tu do", requireUpper: false);
                BreakBefore(c, s, fold, "doc lap – tu do", requireUpper: false);
                OneLineHeader.BreakHeaderCells(c, s, e, fold);
                foreach (var marker in (string[])["so:", "v/v", "kinh gui", "can cu", "noi nhan", "quyet dinh:", "- nhu tren", "- luu"])
                {
                    BreakBefore(c, s, fold, marker, requireUpper: false);
                }

                BreakBeforeSigningMarks(c, s, fold);
                OneLineHeader.BreakDeputyUnderBareMark(c, s, e);
                foreach (var title in (string[])["quyet dinh", "ke hoach", "chi thi", "thong bao", "cong dien", "thong tu lien tich", "thong tu", "nghi quyet", "nghi dinh", "huong dan"])
                {
                    BreakAroundTitle(c, s, fold, title);
                }

                BreakAtCapitalRuns(c, s, e);
                OneLineHeader.Break(c, s, e);

                BreakBeforePlaceDate(c, s, fold);
                BreakBeforeBullets(c, s, e);
                OneLineParagraphs.Break(c, s, e);
                foreach (var marker in (string[])["hoa toc", "thuong khan", "khan"])
                {
                    BreakBefore(c, s, fold, marker, requireUpper: true);
                }
            }
        }
    }

    // A whole letter copied onto one line keeps its blank lines and indents as runs of spaces between its parts ("- Lưu:
    // VT.  TL. CHỦ TỊCH", "năm 2013  Kính gửi:"); with no columns on such a line, each run of two or more spaces was a
    // line break. The first space of the run becomes one (a lower-case continuation is joined again by JoinWrappedLines).
    private static void BreakAtWideGaps(char[] c, int start, int end)
    {
        for (var i = start + 1; i + 1 < end; i++)
        {
            if (c[i] == ' ' && c[i + 1] == ' ' && c[i - 1] != ' ' && !EndsWithClauseMark(c, start, i))
            {
                c[i] = '\n';
                i++;
            }
        }
    }

    // "**Điều 1.** Phê duyệt …": markup blanked to spaces leaves a wide gap after a clause's mark, which is never a line
    // of its own ("Điều 1.", "2.", "b)").
    private static bool EndsWithClauseMark(char[] c, int start, int gap)
    {
        var k = gap;
        while (k > start && !char.IsWhiteSpace(c[k - 1]))
        {
            k--;
        }

        var token = new string(c, k, gap - k);
        if (token.Length is >= 2 and <= 4 && token[^1] is '.' or ':' && token[..^1].All(char.IsAsciiDigit))
        {
            return true;
        }

        return token.Length == 2 && token[1] == ')' && char.IsLower(token[0]);
    }

    // "… Lưu: VT, KT. TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn A": the signing marks (NĐ 30/2020 Phụ lục
    // I: TM., KT., TL.) open lines, but not an abbreviation in a list ("VT, KT."); under "KT. <title>" the deputy's own
    // title ("PHÓ …") is the next line of the signing form.
    private static void BreakBeforeSigningMarks(char[] c, int lineStart, string fold)
    {
        foreach (var marker in (string[])["tm. ", "kt. ", "tl. "])
        {
            for (var at = fold.IndexOf(marker, 1, StringComparison.Ordinal); at > 0; at = fold.IndexOf(marker, at + marker.Length, StringComparison.Ordinal))
            {
                if (fold[at - 1] != ' ' || (at >= 2 && fold[at - 2] == ',') || !char.IsUpper(c[lineStart + at]) || !char.IsUpper(c[lineStart + at + 1]))
                {
                    continue;
                }

                c[lineStart + at - 1] = '\n';
                if (marker != "kt. ")
                {
                    continue;
                }

                var deputy = fold.IndexOf(" pho ", at + marker.Length, StringComparison.Ordinal);
                if (deputy > 0 && deputy - at <= 60 && char.IsUpper(c[lineStart + deputy + 1]) && char.IsUpper(c[lineStart + deputy + 2]))
                {
                    c[lineStart + deputy] = '\n';
                }
            }
        }
    }

    // "1. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ỦY BAN NHÂN DÂN …": a document-sharing site numbers its pages, and the first
    // page's "1." opens the copied line before the national title (or before the issuer's line in capitals beside it). A
    // letter's clauses come after its header, never before the national title, so the mark is the site's, not a clause:
    // left in, the numbered items of the body took it as their first and the header was read as clause 1's text.
    private static void DropPageMarkerBeforeTitle(char[] c, int lineStart, string fold)
    {
        var k = 0;
        while (k < fold.Length && char.IsDigit(fold[k]))
        {
            k++;
        }

        if (k is 0 or > 3 || k >= fold.Length || fold[k] != '.')
        {
            return;
        }

        // The national title right after the mark, or after the issuer's line in capitals that the copy put before it
        // ("1. ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …": the header table's two cells side by side).
        var title = fold.IndexOf("cong hoa xa hoi chu nghia viet nam", k + 1, StringComparison.Ordinal);
        if (title < 0 || title - k > 64)
        {
            return;
        }

        for (var i = k + 1; i < title; i++)
        {
            if (char.IsLower(c[lineStart + i]) || char.IsDigit(c[lineStart + i]))
            {
                return;
            }
        }

        for (var i = 0; i <= k; i++)
        {
            c[lineStart + i] = ' ';
        }
    }

    // "… năm 2013 QUYẾT ĐỊNH Về việc ban hành …": a document type's title in capitals (NĐ 30/2020 Phụ lục I) stands on a line
    // of its own between the place-and-date line and the excerpt, so the excerpt starts the next line. Not the decision's
    // own "QUYẾT ĐỊNH:" before its articles (broken before elsewhere), and only the title in capitals.
    private static void BreakAroundTitle(char[] c, int lineStart, string fold, string title)
    {
        // "THÔNG TƯ LIÊN TỊCH": the joint circular's title is one (broken around as a whole).
        bool Continues(int after) => string.CompareOrdinal(fold, after, " lien tich", 0, 10) == 0;

        // The title opening the line (a web page's table left the header apart): only the excerpt after it moves.
        if (fold.StartsWith(title + " ", StringComparison.Ordinal) && VietnameseText.IsMostlyUpper(new string(c, lineStart, title.Length)) && !Continues(title.Length))
        {
            c[lineStart + title.Length] = '\n';
        }

        for (var at = fold.IndexOf(title, 1, StringComparison.Ordinal); at > 0; at = fold.IndexOf(title, at + title.Length, StringComparison.Ordinal))
        {
            var after = at + title.Length;
            if (fold[at - 1] != ' ' || after >= fold.Length || fold[after] != ' ' || Continues(after)
                || !VietnameseText.IsMostlyUpper(new string(c, lineStart + at, title.Length)) || AfterCapitalWord(c, lineStart + at))
            {
                continue;
            }

            c[lineStart + at - 1] = '\n';
            c[lineStart + after] = '\n';
        }
    }

    // "CHỈ THỊ VỀ LẬP KẾ HOẠCH ĐẦU TƯ …": a type's name after a word in capitals is part of a capital excerpt or heading; the
    // title itself follows the date ("… năm 2013 QUYẾT ĐỊNH"), the motto, a rule of dashes or the number and symbol ("Số:
    // 15/2012/CT-UBND CHỈ THỊ Về việc …": a symbol holds digits, a word of a heading does not).
    private static bool AfterCapitalWord(char[] c, int at)
    {
        var k = at - 1;
        while (k >= 0 && char.IsWhiteSpace(c[k]))
        {
            k--;
        }

        var letters = 0;
        for (; k >= 0 && !char.IsWhiteSpace(c[k]); k--)
        {
            if (char.IsLower(c[k]) || char.IsDigit(c[k]))
            {
                return false;
            }

            if (char.IsLetter(c[k]))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    // "… trên địa bàn tỉnh Đắk Lắk ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK Căn cứ …", "… PHÓ CHỦ TỊCH Nguyễn Văn A": on a letter copied onto
    // one line, a run of three or more words in capitals after a word in lower case is a line of its own (the authority
    // line, an issuer, a signing form), and so is the capitalised text after it. Runs of one or two words ("UBND", "Sở
    // GTVT") are abbreviations inside a sentence and stay.
    private static void BreakAtCapitalRuns(char[] c, int start, int end)
    {
        var words = OneLineHeader.Spans(c, start, end); // Kind: 1 capitals, 2 has a lower-case letter, 0 other

        for (var k = 1; k < words.Count; k++)
        {
            if (words[k].Kind != 1 || words[k - 1].Kind != 2)
            {
                continue;
            }

            var run = k;
            while (run < words.Count && words[run].Kind == 1)
            {
                run++;
            }

            if (run - k < 3)
            {
                continue;
            }

            if (c[words[k].Start - 1] == ' ')
            {
                c[words[k].Start - 1] = '\n';
            }

            if (run < words.Count && words[run].Kind == 2 && char.IsUpper(c[words[run].Start]) && c[words[run].Start - 1] == ' ')
            {
                c[words[run].Start - 1] = '\n';
            }

            k = run;
        }
    }

    // Replaces the space before each occurrence of marker (not at the line start) with a line break.
    private static void BreakBefore(char[] c, int lineStart, string fold, string marker, bool requireUpper)
    {
        var from = 1;
        while (from < fold.Length)
        {
            var at = fold.IndexOf(marker, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return;
            }

            from = at + marker.Length;
            // Only a single space: a wider gap is a column the cell reader already separates.
            if (fold[at - 1] != ' ' || (at >= 2 && fold[at - 2] == ' '))
            {
                continue;
            }

            if (requireUpper && !VietnameseText.IsMostlyUpper(new string(c, lineStart + at, Math.Min(marker.Length, c.Length - lineStart - at))))
            {
                continue;
            }

            // "2. Căn cứ Nghị định …": the clause's mark keeps its text.
            if (EndsWithClauseMark(c, lineStart, lineStart + at - 1))
            {
                continue;
            }

            c[lineStart + at - 1] = '\n';
        }
    }

    // "… NCTH Vị Thanh, ngày 6 tháng 4 năm 2011": breaks before the capitalised place words that precede ", ngày".
    private static void BreakBeforePlaceDate(char[] c, int lineStart, string fold)
    {
        var at = fold.IndexOf(", ngay", StringComparison.Ordinal);
        if (at < 0)
        {
            at = fold.IndexOf(" , ngay", StringComparison.Ordinal);
        }

        if (at <= 0)
        {
            return;
        }

        var wordStart = at;
        var words = 0;
        while (wordStart > 0 && words < 4)
        {
            var end = wordStart;
            while (end > 0 && c[lineStart + end - 1] == ' ')
            {
                end--;
            }

            var start = end;
            while (start > 0 && c[lineStart + start - 1] != ' ')
            {
                start--;
            }

            if (start == end)
            {
                break;
            }

            var word = new string(c, lineStart + start, end - start);
            if (!char.IsUpper(word[0]) || word.Length < 2 || !word.Skip(1).All(char.IsLower))
            {
                break;
            }

            wordStart = start;
            words++;
        }

        if (words > 0 && wordStart > 0 && c[lineStart + wordStart - 1] == ' ')
        {
            c[lineStart + wordStart - 1] = '\n';
        }
    }

    // In a one-line letter: "; - Chủ tịch …" / ". - Như trên" start list items.
    private static void BreakBeforeBullets(char[] c, int lineStart, int end)
    {
        for (var i = lineStart + 2; i + 2 < end; i++)
        {
            if (c[i] == '-' && c[i - 1] == ' ' && c[i + 1] == ' ' && char.IsUpper(c[i + 2]) && (c[i - 2] is ':' or ';' or '.' or ','))
            {
                c[i - 1] = '\n';
            }
        }
    }

    // Joins lines a web page or a PDF wrapped in the middle of a phrase (see each rule). Linear: each line is looked
    // at once as the continuation and once as the look-ahead.
    private static void JoinWrappedLines(char[] c)
    {
        var lines = Lines(c);
        if (lines.Count < 2)
        {
            return;
        }

        var current = lines[0];
        for (var n = 1; n < lines.Count; n++)
        {
            var a = Trim(c, current);
            var b = Trim(c, lines[n]);
            if (a.Start == a.End || b.Start == b.End)
            {
                current = lines[n];
                continue;
            }

            var next = n + 1 < lines.Count ? Trim(c, lines[n + 1]) : (0, 0);
            if (!ShouldJoin(c, a, b, next))
            {
                current = lines[n];
                continue;
            }

            // One space between the two parts (the second moves left; the spaces it leaves go to its end), so a
            // markdown hard break's trailing spaces do not open a column gap; the joined line is then checked with
            // the next. A symbol cut at its dash ("104/2003/NĐ-" / "CP ngày …") is joined without one.
            var to = a.End;
            if (!IsSymbolCutAtDash(c, a, b))
            {
                c[a.End] = ' ';
                to++;
            }

            for (var i = b.Start; i < b.End; i++)
            {
                c[to++] = c[i];
            }

            for (; to < lines[n].End; to++)
            {
                c[to] = ' ';
            }

            current = (current.Start, lines[n].End);
        }
    }

    // A line ending in a symbol cut at one of its dashes ("… số 298/TTrLN-CATP-" / "STC ngày …", as a PDF wraps a
    // justified line): the last word holds a slash and ends with the dash, the next line opens with a capital or digit.
    private static bool IsSymbolCutAtDash(char[] c, (int Start, int End) a, (int Start, int End) b)
    {
        // The next line opens with the symbol's next part ("CP", "STC", "NN&PTNT"), not a word ("Hà Nội, ngày …": the place
        // cell beside "Số: 02/2011/TTLT-VPCP-", which a split of the header row put on the next line).
        if (c[a.End - 1] != '-' || a.End - a.Start < 4 || b.End - b.Start < 2 || !(char.IsUpper(c[b.Start]) || char.IsAsciiDigit(c[b.Start])) || char.IsLower(c[b.Start + 1]))
        {
            return false;
        }

        var slash = false;
        for (var i = a.End - 2; i >= a.Start && c[i] != ' '; i--)
        {
            if (c[i] == '/')
            {
                slash = true;
            }
            else if (char.IsLower(c[i]) && !slash)
            {
                // "TTr", "TTg" are written with a lower-case letter; anything longer in lower case is a word.
                if (i - 1 >= a.Start && char.IsLower(c[i - 1]))
                {
                    return false;
                }
            }
        }

        return slash && char.IsAsciiDigit(c[a.Start + Math.Max(0, LastWordStart(c, a) - a.Start)]);
    }

    private static int LastWordStart(char[] c, (int Start, int End) a)
    {
        var i = a.End - 1;
        while (i > a.Start && c[i - 1] != ' ')
        {
            i--;
        }

        return i;
    }

    private static bool ShouldJoin(char[] c, (int Start, int End) a, (int Start, int End) b, (int Start, int End) next)
    {
        var last = c[a.End - 1];
        var first = c[b.Start];
        if (IsSymbolCutAtDash(c, a, b))
        {
            return true;
        }

        // Only the end of a (possibly long, already joined) line matters: fold its last words.
        var tail = Math.Max(a.Start, a.End - TailLength);
        var aFold = FoldOf(c, tail, a.End);
        var aWords = tail > a.Start ? int.MaxValue : Words(aFold);
        var bFold = FoldOf(c, b.Start, Math.Min(b.End, b.Start + TailLength));
        var bWords = b.End - b.Start > TailLength ? int.MaxValue : Words(bFold);
        if (".;:!?".Contains(last, StringComparison.Ordinal) && aFold is not ("so:" or "so :"))
        {
            return false;
        }

        // "Số:" alone, its number on the next line.
        if (aFold is "so:" or "so :" or "so" && (char.IsAsciiDigit(first) || first == '/'))
        {
            return true;
        }

        // A sentence continued in lower case ("Căn" / "cứ Luật…", "ngày 13" / "tháng 01 năm 2020"), but not a list item "b)".
        if (char.IsLower(first) && !IsListMarker(c, b) && !IsDashRule(c, a))
        {
            return true;
        }

        // "Vĩnh Phúc, ngày" / "12 tháng 7 năm 2023"; "Điều" / "1. Phạm vi".
        if (char.IsAsciiDigit(first) && (aFold.EndsWith("ngay", StringComparison.Ordinal) || aFold.EndsWith("thang", StringComparison.Ordinal) || aFold == "dieu"))
        {
            return true;
        }

        // "Sơn" / "La, ngày 16 tháng 11": the place name cut before the date; also a province named by two towns, "Bà Rịa -
        // Vũng" / "Tàu, ngày …" (docs/domain.md §5, twenty-sixth pass).
        if ((aWords <= 2 ? IsTitleCaseWords(c, a) : aWords <= 5 && aFold.Contains(" - ", StringComparison.Ordinal) && IsTitleCaseWords(c, a, allowDash: true)) && (bFold.Contains(", ngay", StringComparison.Ordinal) || bFold.Contains(" , ngay", StringComparison.Ordinal)) && Words(bFold[..bFold.IndexOf(',', StringComparison.Ordinal)]) <= 2)
        {
            return true;
        }

        if (aWords > 12 || bWords > 12 || !IsUpperLine(c, a) || !IsUpperLine(c, b))
        {
            return false;
        }

        var joined = aFold + " " + bFold;
        foreach (var phrase in HeaderPhrases)
        {
            if (joined.Contains(phrase, StringComparison.Ordinal) && !aFold.Contains(phrase, StringComparison.Ordinal) && !bFold.Contains(phrase, StringComparison.Ordinal))
            {
                return true;
            }
        }

        // A single word cut from its phrase: "… CƠ SỞ QUỐC" / "PHÒNG" before the authority line or at the end of a
        // run ("PHÓ CHỦ" / "NHIỆM"); "ỦY" / "BAN NHÂN DÂN", "VỀ" / "VIỆC …" otherwise.
        if (bWords == 1 && (next.Start == next.End || !IsUpperLine(c, next) || IsAuthority(FoldOf(c, next.Start, Math.Min(next.End, next.Start + TailLength)))))
        {
            return true;
        }

        return aWords == 1 && aFold.Length > 1 && !IsAuthority(bFold);
    }

    private static bool IsAuthority(string fold) =>
        fold.StartsWith("chinh phu", StringComparison.Ordinal) || fold.StartsWith("uy ban nhan dan", StringComparison.Ordinal)
        || fold.StartsWith("chu tich uy ban", StringComparison.Ordinal) || fold.StartsWith("thu tuong chinh phu", StringComparison.Ordinal)
        || fold.StartsWith("bo truong", StringComparison.Ordinal);

    private static int Words(string fold) => fold.Length == 0 ? 0 : fold.Count(ch => ch == ' ') + 1;

    private static bool IsListMarker(char[] c, (int Start, int End) line)
    {
        var (s, e) = line;
        var k = s;
        while (k < e && k - s < 3 && char.IsLetter(c[k]))
        {
            k++;
        }

        return k > s && k < e && k - s <= 2 && c[k] is ')' or '.';
    }

    private static bool IsDashRule(char[] c, (int Start, int End) line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (char.IsLetterOrDigit(c[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUpperLine(char[] c, (int Start, int End) line)
    {
        var letters = 0;
        for (var i = line.Start; i < line.End; i++)
        {
            if (char.IsLetter(c[i]))
            {
                if (!char.IsUpper(c[i]))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    private static bool IsTitleCaseWords(char[] c, (int Start, int End) line, bool allowDash = false)
    {
        var atWordStart = true;
        for (var i = line.Start; i < line.End; i++)
        {
            var ch = c[i];
            if (ch == ' ' || (allowDash && ch == '-' && atWordStart))
            {
                atWordStart = true;
                continue;
            }

            if (!char.IsLetter(ch) || (atWordStart ? !char.IsUpper(ch) : !char.IsLower(ch)))
            {
                return false;
            }

            atWordStart = false;
        }

        return true;
    }

    // The document starts at its issuer block, just above the national motto or the "Số:" line; a web page's text
    // before it (site name, "Đang tải nội dung…", a metadata table that repeats the number) is blanked out.
    private static bool IsRelatedDocumentItem(char[] c, (int Start, int End) line)
    {
        var (s, e) = Trim(c, line);
        return e - s >= 12 && LineKinds.IsRelatedDocumentItem(FoldOf(c, s, Math.Min(e, s + 24), collapse: false));
    }

    private static void BlankLeadingWebText(char[] c)
    {
        var lines = Lines(c);
        var anchor = -1;
        for (var n = 0; n < lines.Count && n < HeaderSearchLines; n++)
        {
            // The motto is a short line; long lines are body text and need no folding.
            var (s, e) = Trim(c, lines[n]);
            if (e - s < 3 || e - s > HeaderCellsLine || !char.IsUpper(c[s]))
            {
                continue;
            }

            var fold = FoldOf(c, s, e);
            if (fold.Replace(" ", "", StringComparison.Ordinal).StartsWith("conghoaxahoichunghia", StringComparison.Ordinal) && VietnameseText.IsMostlyUpper(new string(c, s, e - s)))
            {
                anchor = n;
                break;
            }
        }

        if (anchor < 0)
        {
            return;
        }

        // A "Số:" or "V/v" line just above the motto belongs to the header (number printed under the issuer).
        var start = anchor;
        var firstUpper = -1;
        for (var n = anchor - 1; n >= 0 && anchor - n <= 14; n--)
        {
            var (s, e) = Trim(c, lines[n]);
            if (s == e || IsDashRule(c, (s, e)))
            {
                continue;
            }

            if (e - s > HeaderCellsLine)
            {
                break;
            }

            var fold = FoldOf(c, s, e);
            if (IsUpperLine(c, (s, e)) && Words(fold) <= 12)
            {
                firstUpper = n;
                start = n;
                continue;
            }

            if (fold.StartsWith("so:", StringComparison.Ordinal) || fold.StartsWith("so :", StringComparison.Ordinal) || fold.StartsWith("v/v", StringComparison.Ordinal))
            {
                start = n;
                continue;
            }

            break;
        }

        if (firstUpper < 0 || start == 0)
        {
            return;
        }

        for (var n = 0; n < start; n++)
        {
            // "- 1Chỉ thị 15/CT-TTg năm 2020 về …": a law site's list of the documents this one rests on, above its
            // header, is kept so that its citations are read.
            if (IsRelatedDocumentItem(c, lines[n]))
            {
                continue;
            }

            for (var i = lines[n].Start; i < lines[n + 1].Start; i++)
            {
                if (c[i] != '\n')
                {
                    c[i] = ' ';
                }
            }
        }
    }


}
